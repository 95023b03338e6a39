"""Everything that touches SQL: engine, sessions, tables and queries."""
