import type { ReactNode } from 'react';
import './globals.css';

// The <html> element is rendered by app/[lang]/layout.tsx (its lang follows the interface
// language) and by the two pages outside it: the language chooser and the global 404.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
