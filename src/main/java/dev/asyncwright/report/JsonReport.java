package dev.asyncwright.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asyncwright.python.SourceFile.Position;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** A JSON array in Ruff's shape, which CI tools already read. */
public final class JsonReport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static void write(List<Diagnostic> diagnostics, PrintWriter out) {
    ArrayNode array = JSON.createArrayNode();
    for (Diagnostic d : diagnostics) {
      ObjectNode item = array.addObject();
      item.putNull("cell");
      item.put("code", d.code());
      item.set("end_location", location(d.end()));
      item.put("filename", Path.of(d.path()).toAbsolutePath().normalize().toString());
      if (d.fix().isPresent()) {
        ObjectNode fix = item.putObject("fix");
        fix.put("applicability", d.fix().get().applicability().label());
        ArrayNode edits = fix.putArray("edits");
        for (Diagnostic.EditView edit : d.fix().get().edits()) {
          ObjectNode e = edits.addObject();
          e.put("content", edit.content());
          e.set("end_location", location(edit.end()));
          e.set("location", location(edit.start()));
        }
        fix.put("message", d.fix().get().message());
      } else {
        item.putNull("fix");
      }
      item.set("location", location(d.start()));
      item.put("message", d.message());
      item.put("noqa_row", d.start().line());
      item.put("url", (String) null);
    }
    try {
      out.println(JSON.writeValueAsString(array));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode location(Position position) {
    ObjectNode node = JSON.createObjectNode();
    node.put("column", position.column());
    node.put("row", position.line());
    return node;
  }
}
