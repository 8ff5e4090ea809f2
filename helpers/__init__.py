"""Helpers for the France-NATO exit debate workbook."""
