"""A small shop service: orders, inventory and notifications."""
