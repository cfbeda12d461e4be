/** Where the panel reads the release findings were judged for; the rule book keeps it (shared/rules/judged.ts). */
export { judgedForLine, judgeFindings } from '../rules/judged';
