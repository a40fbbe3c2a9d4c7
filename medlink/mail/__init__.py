"""E-mail: the durable outbox, message building, SMTP delivery (Qt-free)."""
