/**
 * A TCP proxy in front of the WAN bench's sandbox that charges what a new
 * connection costs over a real network, which loopback hides.
 *
 * The rule: each new TCP connection waits 2 × the set latency before its
 * first bytes reach the sandbox: one round trip for the TCP handshake and one
 * for a TLS 1.3 handshake. The TLS part is modelled: the sandbox speaks plain
 * http on loopback, so no real handshake happens. A reused connection pays
 * nothing extra; each request's own round trip is the sandbox's latency.
 *
 * The sandbox behind it keeps idle connections and sends no `Keep-Alive` hint
 * (as a load balancer with a long idle timeout), so how long a connection
 * survives a pause is the app's own choice, as against a real server whose
 * idle timeout is longer than the pause.
 */
import { connect, createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';

/** Round trips a new connection costs before its first request: TCP, then TLS 1.3. */
export const HANDSHAKE_ROUND_TRIPS = 2;

/** A running proxy. */
export interface HandshakeProxy {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** The round-trip time each handshake round trip costs from now on, ms (the bench's set latency). */
  setLatency(ms: number): void;
  /** Connections accepted so far. */
  readonly connections: number;
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 forwarding to `target` (an `http://127.0.0.1:PORT` address). */
export async function startHandshakeProxy(target: string): Promise<HandshakeProxy> {
  const { hostname, port } = new URL(target);
  let latencyMs = 0;
  let connections = 0;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A reset from either side only ends that connection.
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    connections += 1;
    track(client);
    // Whatever the client sends first waits in the socket until the handshake has "happened".
    client.pause();
    const upstream = connect(Number(port), hostname);
    track(upstream);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    const timer = setTimeout(() => {
      client.pipe(upstream);
      upstream.pipe(client);
    }, HANDSHAKE_ROUND_TRIPS * latencyMs);
    client.on('close', () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setLatency: (ms) => {
      latencyMs = ms;
    },
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
