package dev.dialtone.producer.validation;

import java.util.List;

import dev.dialtone.contracts.IdentityEvent;

/** Either a normalised event ready to publish or every problem found with the request. */
public record Validated(IdentityEvent event, List<FieldError> errors) {

	public boolean isValid() {
		return this.errors.isEmpty();
	}

}
