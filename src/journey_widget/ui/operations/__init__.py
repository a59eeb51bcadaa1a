"""Customer operations (SPEC D1-D4, D6): administrators find a customer by tenant and source,
read the history table, filter it, download a session's trace, export and anonymise."""
