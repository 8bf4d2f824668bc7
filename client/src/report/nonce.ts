/** A fresh nonce for a page's Content-Security-Policy: 16 random bytes, base64url, from the Web Crypto API of Node and browsers alike. */
export function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
