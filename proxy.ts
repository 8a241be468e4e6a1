import { NextResponse, type NextRequest } from 'next/server';

/**
 * A path with a broken percent-escape ("/%E0%A4%A", "/%") cannot name any page; without this
 * check Next fails to decode it as a route parameter and answers 500. Answer with the site's
 * 404 page instead, as for any other address that names nothing.
 * Only `next start` runs this; a static host rejects such paths itself.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
  }
  return NextResponse.next();
}

export const config = { matcher: '/((?!_next/static|_next/image).*)' };
