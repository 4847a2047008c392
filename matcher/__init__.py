"""The domain: profiles, scoring, ranking, storage and the use cases that wire them."""
