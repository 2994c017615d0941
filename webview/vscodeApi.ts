/**
 * The webview side of the host link: `acquireVsCodeApi()` called once, typed send helpers for the protocol
 * definitions, a dispatcher for host messages, and typed `getState/setState`.
 */
import { PROTOCOL_VERSION, ReadyCommand, ipcMessage, isIpcMessage } from '../src/protocol';
import type { IpcDefinition, IpcMessage } from '../src/protocol';

interface VsCodeApi {
  postMessage(msg: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

export function send<P>(def: IpcDefinition<P>, params: P): number {
  const msg = ipcMessage(def, params);
  api.postMessage(msg);
  return msg.id;
}

export function getState<S extends object>(defaults: S): S {
  const s = api.getState();
  return typeof s === 'object' && s !== null ? { ...defaults, ...(s as Partial<S>) } : { ...defaults };
}

export function setState<S extends object>(s: S): void {
  api.setState(s);
}

/** Registers the message handler, then announces readiness (the host answers with the full state). */
export function connect(onMessage: (msg: IpcMessage) => void): void {
  window.addEventListener('message', (e: MessageEvent<unknown>) => {
    if (isIpcMessage(e.data)) onMessage(e.data);
  });
  send(ReadyCommand, { version: PROTOCOL_VERSION });
}
