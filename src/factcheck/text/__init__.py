"""Text from outside: cleaning, folding for comparison, numbers, sentences and quotes."""
