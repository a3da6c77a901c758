package dev.asyncwright.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asyncwright.python.SourceFile.Position;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleDoc;
import java.io.PrintWriter;
import java.util.List;

/** SARIF 2.1.0: the rule catalogue in {@code tool.driver.rules}, results with their fixes. */
public final class SarifReport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SarifReport() {}

  public static void write(
      List<Diagnostic> diagnostics, List<Rule> catalogue, String version, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "asyncwright");
    driver.put("version", version);
    ArrayNode rules = driver.putArray("rules");
    ObjectNode syntax = rules.addObject();
    syntax.put("id", Diagnostic.SYNTAX_ERROR);
    syntax.put("name", "syntax-error");
    syntax.putObject("shortDescription").put("text", "The file is not valid Python.");
    for (Rule rule : catalogue) {
      RuleDoc doc = rule.doc();
      ObjectNode r = rules.addObject();
      r.put("id", rule.code());
      r.put("name", rule.name());
      r.putObject("shortDescription").put("text", doc.summary());
      r.putObject("fullDescription").put("text", doc.why());
      r.putObject("help")
          .put(
              "text",
              doc.why() + "\n\nUse instead:\n" + doc.useInstead() + "\n\nFix: " + doc.fixSafety());
      r.putObject("properties").put("python", doc.pythonVersion());
    }
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.code());
      result.put("level", d.code().equals(Diagnostic.SYNTAX_ERROR) ? "error" : "warning");
      result.putObject("message").put("text", d.message());
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(d.path()));
      physical.set("region", region(d.start(), d.end()));
      d.fix()
          .ifPresent(
              fix -> {
                ObjectNode f = result.putArray("fixes").addObject();
                f.putObject("description")
                    .put("text", fix.message() + " (" + fix.applicability().label() + ")");
                ObjectNode change = f.putArray("artifactChanges").addObject();
                change.putObject("artifactLocation").put("uri", uri(d.path()));
                ArrayNode replacements = change.putArray("replacements");
                for (Diagnostic.EditView edit : fix.edits()) {
                  ObjectNode replacement = replacements.addObject();
                  replacement.set("deletedRegion", region(edit.start(), edit.end()));
                  replacement.putObject("insertedContent").put("text", edit.content());
                }
              });
    }
    try {
      out.println(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String uri(String path) {
    return path.replace('\\', '/');
  }

  private static ObjectNode region(Position start, Position end) {
    ObjectNode region = JSON.createObjectNode();
    region.put("startLine", start.line());
    region.put("startColumn", start.column());
    region.put("endLine", end.line());
    region.put("endColumn", end.column());
    return region;
  }
}
