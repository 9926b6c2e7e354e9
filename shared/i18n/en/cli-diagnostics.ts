/** English messages for `lcr diagnostics`: the support bundle on the command line. */
export const cliDiagnosticsMessages = {
  'cli.summary.diagnostics': 'Write a support bundle: versions, settings, profiles, connection state, the newest journal entries and recent logs — with every secret and key id removed.',
  'cli.summary.diagnostics.run': 'Write the support bundle as one JSON file and print where it is.',
  'cli.option.diagnosticsOut': 'the file to write, or a folder to write it in (default: this folder); an existing file is never overwritten',
  'cli.help.diagnostics.contents': 'The bundle is plain JSON, so it can be read before it is sent. It holds no AccessKey secret, no security token and no AccessKey ID, not even masked.',
  'cli.diagnostics.written': 'Support bundle written to {path}. It holds no secret and no key id; read it before sending it to support.',
  'cli.diagnostics.exists': '{path} already exists, so nothing was written. Give --out another file or a folder.',
  'cli.diagnostics.notWritten': 'The support bundle could not be written to {path} ({reason}). Give --out a folder you can write to.',
} as const;
