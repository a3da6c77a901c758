package dev.asyncwright.semantic;

import java.util.function.Function;

/**
 * Something a rule works out once about a whole module and then asks call by call (which names only
 * ever hold coroutine functions, which calls are assigned to which names). The answer is kept by
 * the {@link ModuleModel} it was computed for (see {@link ModuleModel#fact}), so it lives exactly
 * as long as the file's check and needs no lock: a model belongs to the one thread checking its
 * file. A static cache shared by every thread would make parallel checks queue behind one lock.
 *
 * <p>Declare one as a constant; the constant itself is the key.
 */
public final class ModuleFact<T> {

  private final Function<ModuleModel, T> compute;

  public ModuleFact(Function<ModuleModel, T> compute) {
    this.compute = compute;
  }

  T computeFor(ModuleModel model) {
    return compute.apply(model);
  }
}
