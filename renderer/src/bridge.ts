/**
 * The renderer's only door to the main process. Every other module calls
 * {@link api} and {@link unwrap}; nothing else touches `window.dealerDesk`
 * (lint enforces this), so tests swap the whole backend with {@link setBridge}.
 */
import type { AppError, DealerDeskBridge, Result } from '../../preload/contract';

declare global {
  interface Window {
    /** Exposed by the sandboxed preload; absent when the page is opened outside the app. */
    dealerDesk?: DealerDeskBridge;
  }
}

let override: DealerDeskBridge | null = null;

/** Replaces the bridge (tests, the Chromium harness); `null` restores the preload's. */
export function setBridge(bridge: DealerDeskBridge | null): void {
  override = bridge;
}

/** An {@link AppError} thrown by {@link unwrap}, so async code can use try/catch and still keep the code. */
export class BridgeError extends Error {
  /** The error value exactly as main sent it. */
  readonly appError: AppError;

  constructor(appError: AppError) {
    super(appError.message);
    this.name = 'BridgeError';
    this.appError = appError;
  }
}

const MISSING_BRIDGE: AppError = {
  code: 'INTERNAL',
  message: 'Dealer Desk could not reach its engine. Restart the app.',
  retryable: false,
};

/** The typed bridge. Throws a {@link BridgeError} (INTERNAL) when the preload did not load. */
export function api(): DealerDeskBridge {
  const bridge = override ?? window.dealerDesk;
  if (!bridge) throw new BridgeError(MISSING_BRIDGE);
  return bridge;
}

/**
 * Awaits a bridge call and returns its data, or throws a {@link BridgeError}
 * carrying the typed error. A rejected IPC promise (which the contract rules
 * out, but a crashed main process can cause) becomes INTERNAL, never a hang.
 */
export async function unwrap<T>(call: Promise<Result<T>> | (() => Promise<Result<T>>)): Promise<T> {
  let result: Result<T>;
  try {
    result = await (typeof call === 'function' ? call() : call);
  } catch (error) {
    throw error instanceof BridgeError ? error : new BridgeError(toAppErrorValue(error));
  }
  if (!result.ok) throw new BridgeError(result.error);
  return result.data;
}

/** The {@link AppError} behind anything caught around a bridge call. */
export function toAppErrorValue(error: unknown): AppError {
  if (error instanceof BridgeError) return error.appError;
  return {
    code: 'INTERNAL',
    message: 'Something went wrong inside Dealer Desk. Try again; if it keeps happening, restart the app.',
    retryable: true,
  };
}

/** Whether an error only means "a newer request replaced this one" (never shown to the user). */
export function isCancelled(error: unknown): boolean {
  return error instanceof BridgeError && error.appError.code === 'CANCELLED';
}

/**
 * Awaits a bridge call and returns its {@link Result} as is, never throwing:
 * a missing bridge or a rejected IPC promise becomes an INTERNAL error value.
 * Store actions hand this to components, which then need nothing from here.
 */
export async function settle<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return { ok: true, data: await unwrap(call) };
  } catch (error) {
    return { ok: false, error: toAppErrorValue(error) };
  }
}
