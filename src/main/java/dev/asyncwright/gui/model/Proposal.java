package dev.asyncwright.gui.model;

import dev.asyncwright.fix.Fix;
import java.util.List;

/**
 * A file's text with some fixes made: those applied, and those left out because they touch one
 * applied (they wait for a re-check of the new text).
 */
public record Proposal(String text, List<Fix> applied, List<Fix> deferred) {}
