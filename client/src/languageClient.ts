/**
 * The language client library, bundled on its own (dist/languageClient.js) and loaded by `languageClient()` the
 * first time the server is needed. VS Code activates the extension for every YAML file (`onLanguage:yaml`), and
 * evaluating this library is most of what activation would otherwise cost (docs/benchmarks.md, "VS Code client
 * start"); users who only edit other YAML never load it.
 */
export { CloseAction, ErrorAction, LanguageClient, TransportKind, WorkDoneProgress } from 'vscode-languageclient/node';
