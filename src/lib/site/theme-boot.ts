/**
 * Applies a stored light/dark choice before first paint. It must run inline in the head (a file
 * would flash the other theme), so the Content-Security-Policy allows it by its hash.
 */
export const THEME_BOOT_SCRIPT =
  "try{var s=localStorage.getItem('sapjil-theme');if(s==='light'||s==='dark')document.documentElement.dataset.theme=s}catch(e){}";
