"""Data shipped inside the package: fonts and images the PDFs embed."""
