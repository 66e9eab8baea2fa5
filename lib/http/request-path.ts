/** The header lib/http/request-guard.ts sets to the path and query asked for, so a page can send sign-in back there. */
export const REQUEST_PATH_HEADER = "x-rd-request-path";
