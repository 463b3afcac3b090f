"""The shared vocabulary: who acts, what an action changed, how input is checked, how codes are spelled.

Every layer may import this package; it imports nothing above the model.
"""
