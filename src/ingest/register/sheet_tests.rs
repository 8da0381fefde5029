//! Workbooks assembled here (zip + XML), so every cell kind is known.
