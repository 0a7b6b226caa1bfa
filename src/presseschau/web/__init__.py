"""`presseschau serve`: a web app over the analysis kept in a store."""
