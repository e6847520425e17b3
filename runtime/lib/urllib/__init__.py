"""URL handling: urllib.parse works on strings (no network is needed for it);
urllib.request and urllib.error are not available in Taskscope's sandbox."""
