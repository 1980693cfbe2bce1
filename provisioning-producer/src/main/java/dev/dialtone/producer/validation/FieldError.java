package dev.dialtone.producer.validation;

/**
 * One problem with one field of a submitted event, addressed by a JSON-path-like field
 * name.
 */
public record FieldError(String field, String code, String message) {
}
