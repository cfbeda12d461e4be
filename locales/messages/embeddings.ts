/** Messages about local embedding servers (the memory search's provider) in the check-up. */
import type { DomainCatalog } from '../catalog';

export const embeddings = {
  en: {
    title: 'Embedding servers (memory search)',
    none: 'No local embedding server is configured for the memory search.',
    where: '{{path}}: provider {{provider}}',
    inGateway:
      'Embeddings run inside the gateway (node-llama-cpp) with a {{tokens}}-token context; no server to check.',
    down: 'The embedding server at {{url}} cannot be reached: the memory search has no vectors.',
    said: 'It said: {{error}}',
    reserved: 'Reserves {{ctx}} tokens × {{slots}} slots = {{total}} tokens of context.',
    contextTooLarge:
      'It reserves the full {{ctx}}-token context for each of its {{slots}} slots, for inputs of a few hundred tokens (openclaw#125792: 32K × 4 slots took 5.3 GB and got the gateway OOM-killed on a 16 GB host). Start it with -c {{cap}} (or fewer slots, -np 1).',
    modelFile: 'Model file: {{gb}} GB.',
    rss: 'Resident memory of the server process: {{gb}} GB.',
    rssUnknown: 'Its resident memory cannot be read from here (another machine, or another user’s process).',
    share:
      'It takes {{percent}} % of this machine’s model memory ({{budget}} GB), leaving {{left}} GB for the chat models.',
    longOk: 'An input of {{tokens}} tokens was embedded.',
    longFails:
      'An input of {{tokens}} tokens fails (HTTP {{status}}: {{error}}): memory chunks over 512 tokens are never indexed (openclaw#127283, #135408). Start the server with --ubatch-size {{ubatch}} --batch-size {{ubatch}}.',
    ok: 'Answers long inputs; {{total}} tokens of context in all.',
    okPlain: 'Answers long inputs.',
  },
  'zh-CN': {
    title: '嵌入服务器（记忆搜索）',
    none: '记忆搜索没有配置本地嵌入服务器。',
    where: '{{path}}：提供方 {{provider}}',
    inGateway: '嵌入在网关进程内运行（node-llama-cpp），上下文 {{tokens}} 个 token；没有需要检查的服务器。',
    down: '无法连接 {{url}} 的嵌入服务器：记忆搜索拿不到向量。',
    said: '返回：{{error}}',
    reserved: '预留上下文：{{ctx}} 个 token × {{slots}} 个槽位 = {{total}} 个 token。',
    contextTooLarge:
      '它给 {{slots}} 个槽位各预留了完整的 {{ctx}} 个 token 上下文，而输入只有几百个 token（openclaw#125792：32K × 4 个槽位占了 5.3 GB，在 16 GB 的主机上导致网关被 OOM 杀掉）。请用 -c {{cap}} 启动它（或减少槽位，-np 1）。',
    modelFile: '模型文件：{{gb}} GB。',
    rss: '服务器进程的常驻内存：{{gb}} GB。',
    rssUnknown: '这里读不到它的常驻内存（在另一台机器上，或属于其他用户的进程）。',
    share: '它占用本机模型内存（{{budget}} GB）的 {{percent}}%，留给对话模型的只剩 {{left}} GB。',
    longOk: '{{tokens}} 个 token 的输入可以正常嵌入。',
    longFails:
      '{{tokens}} 个 token 的输入失败（HTTP {{status}}：{{error}}）：超过 512 个 token 的记忆片段永远不会被索引（openclaw#127283、#135408）。请用 --ubatch-size {{ubatch}} --batch-size {{ubatch}} 启动服务器。',
    ok: '长输入可以正常嵌入；上下文共 {{total}} 个 token。',
    okPlain: '长输入可以正常嵌入。',
  },
} satisfies DomainCatalog;
