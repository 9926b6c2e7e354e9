import type { cliDiagnosticsMessages } from '../en/cli-diagnostics';

/** `lcr diagnostics`：在命令行中生成诊断包。 */
export const cliDiagnosticsMessagesZhCN: Record<keyof typeof cliDiagnosticsMessages, string> = {
  'cli.summary.diagnostics': '生成诊断包：版本、设置、配置、连接状态、最新的日志条目和近期运行日志——所有密钥和 AccessKey ID 均已移除。',
  'cli.summary.diagnostics.run': '将诊断包写成一个 JSON 文件，并输出其位置。',
  'cli.option.diagnosticsOut': '要写入的文件，或写入的文件夹（默认：当前文件夹）；不会覆盖已有文件',
  'cli.help.diagnostics.contents': '诊断包是纯 JSON，发送前可以先查看。其中不含 AccessKey Secret、安全令牌和 AccessKey ID（脱敏后的也不含）。',
  'cli.diagnostics.written': '诊断包已写入 {path}。其中不含任何密钥和 AccessKey ID；发送给技术支持前请先查看。',
  'cli.diagnostics.exists': '{path} 已存在，因此未写入任何内容。请为 --out 指定其他文件或文件夹。',
  'cli.diagnostics.notWritten': '无法将诊断包写入 {path}（{reason}）。请为 --out 指定一个可写入的文件夹。',
};
