package dev.asyncwright.semantic.types;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Answers kept by two keys, for the questions one file's check asks again and again (the same
 * {@code self.assertEqual} in every test). A check of one file runs on one thread: no lock.
 */
final class Memo<A, B, V> {

  private final Map<A, Map<B, V>> answers = new HashMap<>();
  private final V whileComputing;

  /**
   * @param whileComputing what a question asked again while its answer is being computed gets (a
   *     cycle); null when that cannot happen
   */
  Memo(V whileComputing) {
    this.whileComputing = whileComputing;
  }

  V get(A first, B second, BiFunction<A, B, V> compute) {
    Map<B, V> known = answers.computeIfAbsent(first, key -> new HashMap<>());
    V found = known.get(second);
    if (found == null) {
      if (whileComputing != null) {
        known.put(second, whileComputing);
      }
      found = compute.apply(first, second);
      known.put(second, found);
    }
    return found;
  }
}
