package dev.mms.adapter.rest.ram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A RAM-style policy document: {@code
 * {"Version":"1","Statement":[{"Effect":"Allow","Action":["odps:List*"],"Resource":"*"}]}}. {@code
 * Action} and {@code Resource} are a string or a list of strings; action names match without regard
 * to case, resources exactly. {@code Condition}, {@code NotAction} and {@code NotResource} are
 * refused rather than ignored, since ignoring them would widen or narrow what the document grants.
 */
public final class Policy {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> STATEMENT_KEYS = Set.of("Effect", "Action", "Resource");

  private final List<Statement> statements;

  private Policy(List<Statement> statements) {
    this.statements = List.copyOf(statements);
  }

  /**
   * Parses a document from configuration; an invalid one is an {@link IllegalArgumentException}
   * saying why.
   */
  public static Policy parse(String document) {
    JsonNode root;
    try {
      root = JSON.readTree(document);
    } catch (JsonProcessingException e) {
      throw invalid("it is not JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw invalid("it must be a JSON object");
    }
    if (!"1".equals(root.path("Version").asText(null))) {
      throw invalid("Version must be \"1\"");
    }
    var statementNodes = root.path("Statement");
    if (!statementNodes.isArray()) {
      throw invalid("Statement must be a list");
    }
    var statements = new ArrayList<Statement>();
    for (var node : statementNodes) {
      statements.add(statement(node, statements.size()));
    }
    return new Policy(statements);
  }

  Decision decide(String action, String resource) {
    if (statements.stream()
        .anyMatch(s -> s.effect() == Effect.Deny && s.covers(action, resource))) {
      return Decision.EXPLICITLY_DENIED;
    }
    return statements.stream()
            .anyMatch(s -> s.effect() == Effect.Allow && s.covers(action, resource))
        ? Decision.ALLOWED
        : Decision.NOT_ALLOWED;
  }

  private static Statement statement(JsonNode node, int index) {
    var where = "Statement[" + index + "]";
    if (!node.isObject()) {
      throw invalid(where + " must be an object");
    }
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!STATEMENT_KEYS.contains(key)) {
                throw invalid(
                    where + "." + key + " is not supported; use Effect, Action and Resource only");
              }
            });
    var effect = node.path("Effect").asText("");
    if (!effect.equals("Allow") && !effect.equals("Deny")) {
      throw invalid(where + ".Effect must be Allow or Deny");
    }
    return new Statement(
        Effect.valueOf(effect),
        patterns(node.path("Action"), where + ".Action", true),
        patterns(node.path("Resource"), where + ".Resource", false));
  }

  private static List<Glob> patterns(JsonNode node, String where, boolean ignoreCase) {
    var texts = new ArrayList<String>();
    if (node.isTextual()) {
      texts.add(node.asText());
    } else if (node.isArray()) {
      for (var item : node) {
        if (!item.isTextual()) {
          throw invalid(where + " must hold strings only");
        }
        texts.add(item.asText());
      }
    } else {
      throw invalid(where + " must be a string or a list of strings");
    }
    if (texts.isEmpty() || texts.stream().anyMatch(String::isEmpty)) {
      throw invalid(where + " must not be empty");
    }
    return texts.stream().map(text -> new Glob(text, ignoreCase)).toList();
  }

  private static IllegalArgumentException invalid(String why) {
    return new IllegalArgumentException("invalid policy document: " + why);
  }
}
