package dev.asyncwright.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.asyncwright.python.ModuleParser;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.SourceFile;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ModuleFactTest {

  private static ModuleModel model(String text) {
    return ModuleModel.of((ParsedModule) new ModuleParser().parse(SourceFile.ofText("m.py", text)));
  }

  @Test
  void isComputedOncePerModelAndKeptByThatModelAlone() {
    AtomicInteger computed = new AtomicInteger();
    ModuleFact<Integer> functions =
        new ModuleFact<>(
            model -> {
              computed.incrementAndGet();
              return model.functions().size();
            });
    ModuleModel one = model("async def a(): pass\n");
    ModuleModel two = model("def b(): pass\ndef c(): pass\n");

    assertEquals(1, one.fact(functions));
    assertEquals(1, one.fact(functions));
    assertEquals(2, two.fact(functions));
    assertEquals(2, computed.get(), "once per model, however often asked");
  }

  @Test
  void mayAskAnotherFactWhileItIsComputed() {
    ModuleFact<String> inner = new ModuleFact<>(model -> "inner");
    ModuleFact<String> outer = new ModuleFact<>(model -> model.fact(inner) + "+outer");
    ModuleModel model = model("x = 1\n");

    assertEquals("inner+outer", model.fact(outer));
    assertSame(model.fact(inner), model.fact(inner));
  }
}
