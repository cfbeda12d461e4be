/** The fallback drill's messages (shared/rules/drill/, `check --drill`, the check-up's Drill button). */
import type { DomainCatalog } from '../catalog';

export const drill = {
  en: {
    step: {
      reached: 'Reached',
      allowed: 'Allowed',
      credentials: 'Credentials',
      answers: 'Answers',
    },
    credentials: {
      noProvider: 'No provider to send a key to.',
      ok: 'The key resolves in the gateway’s environment.',
      unset:
        'The key does not resolve: OpenClaw sends it as written and the provider refuses it — you find out only when this entry is needed.',
      notReadable: 'The key is read by the gateway from a secret store this drill cannot open.',
      gatewayEnv:
        'Checked against this environment and the config’s env.vars; a gateway started as a service may have a different environment.',
    },
    allowed: {
      listed: 'Admitted: {{key}} lists it.',
      unrestricted: 'Admitted: no model policy restricts it.',
      switchRefused: 'A switch to {{ref}} (/model, the picker) is refused with “Model … is not allowed”.',
      chainNotFiltered:
        'As a configured fallback it still runs: OpenClaw 2026.8.1+ does not filter the chain by modelPolicy.allow.',
      legacyList_one:
        'With no agents.defaults.modelPolicy, agents.defaults.models ({{count}} key) is an allow-list (before {{release}} it also filtered the fallbacks: openclaw#6993).',
      legacyList_other:
        'With no agents.defaults.modelPolicy, the {{count}} keys of agents.defaults.models are an allow-list (before {{release}} it also filtered the fallbacks: openclaw#6993).',
      dropped:
        'OpenClaw {{version}} drops {{ref}} from the fallbacks: it is missing from agents.defaults.models, which acts as the allow-list (openclaw#6993). Add it there, or upgrade to 2026.8.1 or later.',
      versionUnknown:
        'The installed OpenClaw version is unknown: before {{release}} this fallback would be dropped from the chain.',
      offCatalog:
        '{{ref}} has no catalog row: with no policy at all, a switch to it was still refused as “not allowed” (openclaw#132174, fixed in a release not known here).',
      offCatalogFix: 'Adding the model to its provider’s models (or to agents.defaults.models) gives it a catalog row.',
    },
    fix: {
      allow: 'Add {{ref}} to agents.defaults.modelPolicy.allow',
    },
    answers: {
      hosted: 'Not asked: a hosted model (a request costs money). It answers if its key is valid.',
      notAsked: 'Not asked: no server address for this entry.',
      ok: 'Answered a 1-token request within its timeout ({{seconds}} s).',
      timeout: 'No answer within its timeout ({{seconds}} s): OpenClaw would give up on it here.',
      timeoutAdvice:
        'A cold load or a busy server: keep the model warm, or raise the provider’s timeoutSeconds to cover the load.',
      unreachable: 'The server cannot be reached.',
      said: 'The server said: {{error}}',
      refused: 'The server refused the key (HTTP {{status}}).',
      notFound: 'The server does not have this model (HTTP 404).',
      error: 'The server is up but the request failed (HTTP {{status}}).',
      healthyButFailing:
        'A server that reports healthy while every request fails has usually run out of memory loading the model at this context (llama.cpp#27309): lower the context or use a smaller quantization.',
    },
    reached: {
      primary: 'The primary: every turn starts here.',
      ok_one: 'Reached when the entry before it fails.',
      ok_other: 'Reached when the {{count}} entries before it fail.',
      timeoutTerminal:
        'Not reached: {{ref}} timed out, and OpenClaw {{version}} treats a provider timeout as a terminal abort that ends the turn instead of falling back ({{issue}}; fixed by {{fix}} after {{checked}}).',
      timeoutMaybe:
        '{{ref}} timed out; on OpenClaw releases where a provider timeout ends the turn ({{issue}}, fixed by {{fix}} after {{checked}}) this entry is never tried.',
      maybeFixed:
        'OpenClaw {{version}} is newer than {{checked}}, the last release checked here; whether it has {{fix}} is not known.',
      versionUnknown:
        'The installed OpenClaw version is unknown; the releases known to end the turn on a timeout: {{range}}.',
      ifTimeout:
        'Only when the entries before it fail with an error: if one times out instead (a cold load, a long prompt), this OpenClaw ends the turn there ({{issue}}; fixed by {{fix}} after {{checked}}).',
      deadline:
        'Not reached: the turn’s deadline (agents.defaults.timeoutSeconds, {{deadline}} s) runs out before the entries ahead of it can time out ({{spent}} s together).',
      room: 'The entries ahead of it may take {{spent}} s together, within the turn’s deadline of {{deadline}} s.',
    },
    why: {
      after: 'Not reached: the chain stops at {{ref}}.',
    },
    verdict: {
      notReached: '{{ref}} would not be reached. {{why}}',
      wontAnswer: '{{ref}} would be reached but would not answer. {{why}}',
      noChain: 'No chain to drill: set a primary model.',
      ok_one: 'The chain’s entry would be reached and answer.',
      ok_other: 'Every one of the {{count}} chain entries would be reached and answer.',
    },
    panel: {
      run: 'Drill',
      running: 'Drilling…',
      hint: 'Asks every chain entry for one token and checks that OpenClaw would fall through to it.',
      title: 'Fallback drill',
      reached: 'reached',
      notReached: 'not reached',
      answers: 'answers',
      silent: 'does not answer',
      notAsked: 'not asked',
      judgedFor: 'Judged for OpenClaw {{version}}.',
      versionUnknown: 'OpenClaw version unknown: version-dependent steps say so.',
    },
    cli: {
      header_one: 'Fallback drill of {{count}} chain entry',
      header_other: 'Fallback drill of {{count}} chain entries',
      failed: 'The drill found entries that would not be reached or would not answer.',
    },
  },
  'zh-CN': {
    step: {
      reached: '能否轮到',
      allowed: '是否允许',
      credentials: '凭据',
      answers: '能否应答',
    },
    credentials: {
      noProvider: '没有可发送密钥的提供方。',
      ok: '密钥在网关的环境中可以解析。',
      unset: '密钥无法解析：OpenClaw 会原样发送，提供方会拒绝——直到需要用到这一项时你才会发现。',
      notReadable: '密钥由网关从密钥存储中读取，本次演练无法打开。',
      gatewayEnv: '按当前环境和配置中的 env.vars 检查；以服务方式启动的网关，其环境可能不同。',
    },
    allowed: {
      listed: '允许：{{key}} 中列有它。',
      unrestricted: '允许：没有模型策略限制它。',
      switchRefused: '切换到 {{ref}}（/model 或模型选择器）会被拒绝，提示“Model … is not allowed”。',
      chainNotFiltered: '作为已配置的备用模型它仍会运行：OpenClaw 2026.8.1 及以后不按 modelPolicy.allow 过滤模型链。',
      legacyList_one:
        '未设置 agents.defaults.modelPolicy 时，agents.defaults.models 的 {{count}} 个键就是允许列表（{{release}} 之前还会过滤备用模型：openclaw#6993）。',
      legacyList_other:
        '未设置 agents.defaults.modelPolicy 时，agents.defaults.models 的 {{count}} 个键就是允许列表（{{release}} 之前还会过滤备用模型：openclaw#6993）。',
      dropped:
        'OpenClaw {{version}} 会把 {{ref}} 从备用模型中剔除：agents.defaults.models 里没有它，而这份列表充当了允许列表（openclaw#6993）。请把它加进去，或升级到 2026.8.1 及以后。',
      versionUnknown: '不知道安装的 OpenClaw 版本：在 {{release}} 之前，这个备用模型会被从模型链中剔除。',
      offCatalog:
        '{{ref}} 在目录中没有对应条目：即使完全没有策略，切换到它仍会被判为“not allowed”（openclaw#132174，修复所在版本此处未知）。',
      offCatalogFix: '把该模型加入其提供方的 models（或 agents.defaults.models），它就有了目录条目。',
    },
    fix: {
      allow: '把 {{ref}} 加入 agents.defaults.modelPolicy.allow',
    },
    answers: {
      hosted: '未询问：这是托管模型（每次请求都要花钱）。只要密钥有效就会应答。',
      notAsked: '未询问：这一项没有服务器地址。',
      ok: '在超时时间（{{seconds}} 秒）内应答了 1 个 token 的请求。',
      timeout: '超时时间（{{seconds}} 秒）内没有应答：OpenClaw 会在这里放弃它。',
      timeoutAdvice: '可能是冷加载或服务器繁忙：让模型保持预热，或把提供方的 timeoutSeconds 调大到足以覆盖加载时间。',
      unreachable: '无法连接服务器。',
      said: '服务器返回：{{error}}',
      refused: '服务器拒绝了密钥（HTTP {{status}}）。',
      notFound: '服务器上没有这个模型（HTTP 404）。',
      error: '服务器在运行，但请求失败（HTTP {{status}}）。',
      healthyButFailing:
        '服务器报告正常、请求却全部失败，通常是按当前上下文加载模型时内存不足（llama.cpp#27309）：请调小上下文，或换用更小的量化版本。',
    },
    reached: {
      primary: '主模型：每一轮都从这里开始。',
      ok_one: '前面那一项失败时会轮到它。',
      ok_other: '前面 {{count}} 项都失败时会轮到它。',
      timeoutTerminal:
        '轮不到：{{ref}} 超时了，而 OpenClaw {{version}} 把提供方超时当作终止性中断，直接结束本轮，不再切换备用模型（{{issue}}；{{checked}} 之后由 {{fix}} 修复）。',
      timeoutMaybe:
        '{{ref}} 超时了；在提供方超时会结束本轮的 OpenClaw 版本上（{{issue}}，{{checked}} 之后由 {{fix}} 修复），这一项永远不会被尝试。',
      maybeFixed: 'OpenClaw {{version}} 比此处检查过的最新版本 {{checked}} 更新；是否已包含 {{fix}} 尚不清楚。',
      versionUnknown: '不知道安装的 OpenClaw 版本；已知超时即结束本轮的版本范围：{{range}}。',
      ifTimeout:
        '前提是前面的项目以报错方式失败：如果其中一项超时（冷加载、长提示词），当前的 OpenClaw 会在那里结束本轮（{{issue}}；{{checked}} 之后由 {{fix}} 修复）。',
      deadline:
        '轮不到：前面各项加起来最长要 {{spent}} 秒才会超时，本轮的时限（agents.defaults.timeoutSeconds，{{deadline}} 秒）会先用完。',
      room: '前面各项加起来最长 {{spent}} 秒，在本轮 {{deadline}} 秒的时限之内。',
    },
    why: {
      after: '轮不到：模型链在 {{ref}} 处就停了。',
    },
    verdict: {
      notReached: '{{ref}} 轮不到。{{why}}',
      wontAnswer: '{{ref}} 能轮到，但不会应答。{{why}}',
      noChain: '没有可演练的模型链：请先设置主模型。',
      ok_one: '模型链中的这一项能轮到，也能应答。',
      ok_other: '模型链中的 {{count}} 项都能轮到，也都能应答。',
    },
    panel: {
      run: '演练',
      running: '演练中…',
      hint: '向模型链的每一项请求 1 个 token，并检查 OpenClaw 能否依次切换到它。',
      title: '备用模型演练',
      reached: '能轮到',
      notReached: '轮不到',
      answers: '能应答',
      silent: '不应答',
      notAsked: '未询问',
      judgedFor: '按 OpenClaw {{version}} 判断。',
      versionUnknown: '不知道 OpenClaw 版本：与版本有关的步骤会注明。',
    },
    cli: {
      header_one: '对模型链中的 {{count}} 项进行备用模型演练',
      header_other: '对模型链中的 {{count}} 项进行备用模型演练',
      failed: '演练发现有的项目轮不到或不会应答。',
    },
  },
} satisfies DomainCatalog;
