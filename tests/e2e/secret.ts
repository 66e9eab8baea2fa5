// The e2e server's session and link-sealing secret (a throwaway, never used outside the e2e database).
export const E2E_AUTH_SECRET = "e2e-secret-not-for-production-000000000";
