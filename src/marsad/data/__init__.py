"""marsad data packs (package data)."""
