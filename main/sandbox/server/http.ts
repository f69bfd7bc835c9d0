/**
 * Small HTTP helpers shared by the sandbox routes: the AutoGrab error
 * envelope, a capped body reader and JSON replies.
 */
import type { IncomingMessage } from 'node:http';

/** A JSON reply: status code, body and any extra headers. */
export interface JsonReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * An error a route throws to answer with AutoGrab's documented envelope
 * `{"error": true, "message": "…"}`. `extra` adds fields next to it (e.g. an
 * OAuth-style `error_code`).
 */
export class SandboxHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'SandboxHttpError';
  }

  /** The reply that carries this error. */
  toReply(): JsonReply {
    return { status: this.status, body: { error: true, message: this.message, ...this.extra }, headers: this.headers };
  }
}

/** Largest request body the sandbox reads; larger ones get 413 (AutoGrab bodies are tiny). */
const MAX_BODY_BYTES = 256 * 1024;

/** Reads the whole body as text, or throws 413 once it passes {@link MAX_BODY_BYTES}. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new SandboxHttpError(413, 'The request body is too large.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new SandboxHttpError(413, 'The request body is too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON object body; anything else is a 400 with a plain message. */
export function parseJsonObject(text: string): Record<string, unknown> {
  if (text.trim() === '') throw new SandboxHttpError(400, 'The request body is empty; send a JSON object.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SandboxHttpError(400, 'The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SandboxHttpError(400, 'The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}
