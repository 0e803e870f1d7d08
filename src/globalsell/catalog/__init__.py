"""Master catalogue: products, variants, attribute values with provenance; spreadsheet import
and export."""
