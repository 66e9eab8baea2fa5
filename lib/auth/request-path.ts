/** The header proxy.ts sets to the path and query asked for, so a page can send sign-in back there. */
export const REQUEST_PATH_HEADER = "x-rd-request-path";
