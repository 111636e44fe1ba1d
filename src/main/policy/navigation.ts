// Berkas is one page: it never navigates away or opens windows. Links to the outside are not
// followed (a case file may hold URLs from chats; they must not be one click from the browser).
export function allowNavigation(_url: string): boolean {
  return false;
}

export function allowNewWindow(_url: string): boolean {
  return false;
}

/** Every permission a page can ask for (camera, geolocation, notifications, clipboard…) is denied. */
export function allowPermission(_permission: string): boolean {
  return false;
}
