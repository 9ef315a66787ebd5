/** The sandbox shell's parsing layer: text → lists of pipelines of simple commands. */
export { parseScript, parseScriptRaw } from './parse';
export { isIncomplete } from './incomplete';
export { listText, pipelineText } from './print';
export { expandCommand, expandWord } from './expand';
export type { Env, ExpandResult } from './expand';
export type {
  Redirect,
  SimpleCommand,
  Pipeline,
  AndOrList,
  Script,
  ParseResult,
  RawWord,
  WordPart,
  RawCommand,
  RawRedirect,
  RawPipeline,
  RawAndOrList,
  RawScript,
  RawParseResult,
} from './types';
