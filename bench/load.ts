import autocannon from 'autocannon';

export interface LoadResult {
  connections: number;
  durationS: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

/** autocannon against one URL on loopback: bounded by connections and seconds. */
export async function runLoad(url: string, connections = 50, duration = 20): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration });
  return {
    connections,
    durationS: duration,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
}
