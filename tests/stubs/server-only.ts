// server-only throws outside React Server Components; tests run data modules directly.
