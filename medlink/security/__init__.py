"""Passwords, secrets in the OS keyring, and encryption of records at rest."""
