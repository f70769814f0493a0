package dev.penny.platform.problem;

import java.util.List;

/**
 * Input the domain refuses, with every reason found (a form shows each one beside the others; the
 * API lists them in the problem's detail). Nothing was changed.
 */
public final class InvalidInputException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidInputException(String problem) {
    this(ErrorCode.INVALID_INPUT, List.of(problem));
  }

  public InvalidInputException(ErrorCode code, List<String> problems) {
    super(code, String.join(" ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An invalid input needs a reason");
    }
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
