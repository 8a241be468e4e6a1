import { NextResponse, type NextRequest } from 'next/server';

/**
 * A path with a broken percent-escape ("/%E0%A4%A", "/%") cannot name any page; without this
 * check Next fails to decode it as a route parameter and answers 500. Answer 400 instead.
 * Only `next start` runs this; a static host rejects such paths itself.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad Request: the address is not valid percent-encoding.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return NextResponse.next();
}

export const config = { matcher: '/((?!_next/static|_next/image).*)' };
