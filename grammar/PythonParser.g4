/*
 * Asyncwright's Python 3 parser (Python 3.8 to 3.15), written after the structure of the
 * Language Reference's full grammar specification. It accepts the newest syntax; what a file
 * uses that an older Python would refuse is recorded (PythonParserBase.uses) for the version
 * check, not rejected here.
 *
 * Written for SLL speed: wherever CPython's PEG grammar tries alternatives that share a
 * long prefix (assignment or expression, tuple or generator, dict or set, slice or index,
 * keyword or positional argument) this grammar parses the shared prefix once and decides
 * on the token after it, so nearly every decision needs one or two tokens of lookahead.
 * What that leaves too lenient (a call as an assignment target, a keyword argument before a
 * positional one, `a + not b`) is checked by PythonParserBase from the actions below.
 */
parser grammar PythonParser;

options {
    tokenVocab = PythonLexer;
    superClass = PythonParserBase;
    contextSuperClass = PythonContext;
}

@header {
import dev.asyncwright.python.SyntaxFeature;
}

fileInput
    : statement* EOF
    ;

statement
    : compoundStatement
    | simpleStatements
    ;

simpleStatements
    @after {noEmptyItems($ctx);}
    : simpleStatement (';' simpleStatement?)* NEWLINE
    ;

simpleStatement
    : expressionStatement
    | returnStatement
    | importStatement
    | raiseStatement
    | passStatement
    | delStatement
    | assertStatement
    | breakStatement
    | continueStatement
    | globalStatement
    | nonlocalStatement
    | typeAlias
    ;

// Parsed as an expression list first; the token after it tells what kind of statement
// this is.
expressionStatement
    : starExpressions assignmentTail?
    | yieldExpression
    ;

assignmentTail
    @after {assignmentTail($ctx);}
    : ':' expression ('=' assignedValue)?    # annotation
    | augmentedOperator assignedValue       # augmentedAssignment
    | ('=' assignedValue)+                  # assignment
    ;

assignedValue
    : yieldExpression
    | starExpressions
    ;

augmentedOperator
    : '+='
    | '-='
    | '*='
    | '@='
    | '/='
    | '%='
    | '&='
    | '|='
    | '^='
    | '<<='
    | '>>='
    | '**='
    | '//='
    ;

returnStatement
    : RETURN starExpressions?
    ;

raiseStatement
    : RAISE (expression (FROM expression)?)?
    ;

passStatement
    : PASS
    ;

breakStatement
    : BREAK
    ;

continueStatement
    : CONTINUE
    ;

delStatement
    @after {delTargets($ctx); noEmptyItems($ctx);}
    : DEL primary (',' primary?)*
    ;

assertStatement
    : ASSERT expression (',' expression)?
    ;

globalStatement
    : GLOBAL name (',' name)*
    ;

nonlocalStatement
    : NONLOCAL name (',' name)*
    ;

typeAlias
    @after {uses(SyntaxFeature.TYPE_STATEMENT, $ctx.TYPE());}
    : TYPE name typeParameters? '=' expression
    ;

importStatement
    : importName
    | importFrom
    ;

// `lazy` (PEP 810) is a soft keyword: a name, unless `import` or `from` follows it.
importName
    @after {uses(SyntaxFeature.LAZY_IMPORT, $ctx.LAZY());}
    : LAZY? IMPORT dottedAsName (',' dottedAsName)*
    ;

dottedAsName
    : dottedName (AS name)?
    ;

dottedName
    : name ('.' name)*
    ;

importFrom
    @after {uses(SyntaxFeature.LAZY_IMPORT, $ctx.LAZY());}
    : LAZY? FROM relativeModule IMPORT importTargets
    ;

relativeModule
    : ('.' | '...')* dottedName
    | ('.' | '...')+
    ;

importTargets
    : '(' importAsName (',' importAsName)* ','? ')'
    | importAsName (',' importAsName)*
    | '*'
    ;

importAsName
    : name (AS name)?
    ;

compoundStatement
    : functionDef
    | ifStatement
    | classDef
    | decorated
    | withStatement
    | forStatement
    | tryStatement
    | whileStatement
    | matchStatement
    ;

block
    : NEWLINE INDENT statement+ DEDENT
    | simpleStatements
    ;

decorated
    : decorator+ (classDef | functionDef)
    ;

decorator
    @after {decorator($ctx);}
    : '@' namedExpression NEWLINE
    ;

functionDef
    : ASYNC? DEF name typeParameters? '(' parameters? ')' ('->' expression)? ':' block
    ;

// The order of kinds (`/`, `*`, defaults) is not checked here.
parameters
    @after {parameters($ctx); noEmptyItems($ctx);}
    : parameter (',' parameter?)*
    ;

parameter
    : name (':' expression)? ('=' expression)?    # plainParameter
    | '*' (name (':' '*'? expression)?)?           # starParameter
    | '**' name (':' expression)?                 # doubleStarParameter
    | '/'                                         # positionalOnlyMarker
    ;

classDef
    : CLASS name typeParameters? ('(' arguments? ')')? ':' block
    ;

typeParameters
    @after {uses(SyntaxFeature.TYPE_PARAMETERS, $ctx.getStart());}
    : '[' typeParameter (',' typeParameter)* ','? ']'
    ;

typeParameter
    @after {uses(SyntaxFeature.TYPE_PARAMETER_DEFAULTS, $ctx.EQUAL());}
    : name (':' expression)? ('=' expression)?
    | '*' name ('=' starExpression)?
    | '**' name ('=' expression)?
    ;

ifStatement
    : IF namedExpression ':' block elifClause* elseClause?
    ;

elifClause
    : ELIF namedExpression ':' block
    ;

elseClause
    : ELSE ':' block
    ;

whileStatement
    : WHILE namedExpression ':' block elseClause?
    ;

forStatement
    : ASYNC? FOR starTargets IN starExpressions ':' block elseClause?
    ;

withStatement
    @after {withStatement($ctx);}
    : ASYNC? WITH ('(' withItem (',' withItem)* ','? ')' | withItem (',' withItem)*) ':' block
    ;

withItem
    : expression (AS starTarget {starTarget($starTarget.ctx);})?
    ;

tryStatement
    : TRY ':' block (
        exceptClause+ elseClause? finallyClause?
        | exceptStarClause+ elseClause? finallyClause?
        | finallyClause
    )
    ;

exceptClause
    @after {exceptTypes($ctx.exceptTypes(), $ctx.AS());}
    : EXCEPT (exceptTypes (AS name)?)? ':' block
    ;

exceptStarClause
    @after {uses(SyntaxFeature.EXCEPT_STAR, $ctx.STAR()); exceptTypes($ctx.exceptTypes(), $ctx.AS());}
    : EXCEPT '*' exceptTypes (AS name)? ':' block
    ;

// `except A, B:` is a tuple of two without parentheses (PEP 758), but not before `as`.
exceptTypes
    @after {noEmptyItems($ctx);}
    : expression (',' expression?)*
    ;

finallyClause
    : FINALLY ':' block
    ;

matchStatement
    @after {uses(SyntaxFeature.MATCH_STATEMENT, $ctx.MATCH());}
    : MATCH subject ':' NEWLINE INDENT caseBlock+ DEDENT
    ;

subject
    @after {subject($ctx);}
    : starNamedExpression (',' starNamedExpression)* ','?
    ;

caseBlock
    : CASE patterns guard? ':' block
    ;

guard
    : IF namedExpression
    ;

patterns
    : maybeStarPattern (',' maybeStarPattern)* ','?
    ;

maybeStarPattern
    : '*' name
    | pattern
    ;

pattern
    @after {captureTarget($ctx.name(), "cannot use '_' as a target");}
    : closedPattern ('|' closedPattern)* (AS name)?
    ;

closedPattern
    : literalPattern                                                   # literal
    | nameOrAttribute ('(' classArguments? ')')?                       # captureValueOrClass
    | '(' (maybeStarPattern (',' maybeStarPattern)* ','?)? ')'         # groupOrTuplePattern
    | '[' (maybeStarPattern (',' maybeStarPattern)* ','?)? ']'         # listPattern
    | '{' (mappingItem (',' mappingItem)* ','?)? '}'                   # mappingPattern
    ;

literalPattern
    : '-'? NUMBER (('+' | '-') NUMBER)?
    | strings
    | NONE
    | TRUE
    | FALSE
    ;

nameOrAttribute
    : name ('.' name)*
    ;

classArguments
    : classArgument (',' classArgument)* ','?
    ;

classArgument
    : name '=' pattern
    | pattern
    ;

mappingItem
    @after {captureTarget($ctx.name(), "invalid syntax");}
    : '**' name
    | (literalPattern | nameOrAttribute) ':' pattern
    ;

// Expressions

starExpressions
    @after {noEmptyItems($ctx);}
    : starExpression (',' starExpression?)*
    ;

starExpression
    : '*' operation {starredOperand($operation.ctx);}
    | expression
    ;

starNamedExpression
    : '*' operation {starredOperand($operation.ctx);}
    | namedExpression
    ;

// `name := value`; the first expression must be a plain name (checked in PythonParserBase).
namedExpression
    @after {namedExpression($ctx); uses(SyntaxFeature.WALRUS, $ctx.COLONEQUAL());}
    : expression (':=' expression)?
    ;

expression
    : operation (IF operation ELSE expression)?
    | lambdef
    ;

yieldExpression
    : YIELD (FROM expression | starExpressions)?
    ;

// Operands and binary operators as one flat list: `a + b * -c` is one node with three
// operands. Without a left-recursive rule there are no precedence predicates, so every
// decision around an operand is taken on one token, and the tree holds one node per
// expression rather than one per precedence level. Precedence is applied by whoever needs
// the structure (BinaryOperator knows the table). `not` may start an operand of `and`, `or`
// and `not` only (`a + not b` is invalid); PythonParserBase checks that.
operation
    @after {operation($ctx);}
    : ('+' | '-' | '~' | NOT)* AWAIT? primary (binaryOperator ('+' | '-' | '~' | NOT)* AWAIT? primary)*
    ;

binaryOperator
    : '**'
    | '*'
    | '/'
    | '//'
    | '%'
    | '@'
    | '+'
    | '-'
    | '<<'
    | '>>'
    | '&'
    | '^'
    | '|'
    | '=='
    | '!='
    | '<'
    | '<='
    | '>'
    | '>='
    | IN
    | NOT IN
    | IS NOT?
    | AND
    | OR
    ;

// An atom and its trailers (`.name`, calls, subscripts) as one flat node: the choice of
// atom and every trailer are then decided on one token, without the precedence
// predicates a left-recursive rule would need.
primary
    : (NAME | MATCH | CASE | TYPE | UNDERSCORE | LAZY) trailer* # nameAtom
    | (TRUE | FALSE | NONE) trailer*                            # constant
    | NUMBER trailer*                                           # number
    | strings trailer*                                          # stringAtom
    | '...' trailer*                                            # ellipsis
    | '(' (yieldExpression | elements)? ')' {parenthesized($ctx);} trailer* # parenthesized
    | '[' elements? ']' trailer*                                # listDisplay
    | '{' dictOrSetBody? '}' trailer*                           # dictOrSet
    ;

trailer
    : '.' name                                                  # attribute
    | '(' arguments? ')'                                        # call
    | '[' slices ']'                                            # subscript
    ;

// The inside of a tuple, group, generator or list.
elements
    @after {noEmptyItems($ctx); comprehensionUnpacking($ctx.comprehension(), $ctx.starNamedExpression(0));}
    : starNamedExpression (comprehension | (',' starNamedExpression?)*)
    ;

dictOrSetBody
    @after {dictOrSetBody($ctx);}
    : '**' operation dictTail
    | '*' operation setTail
    | namedExpression (':' expression dictTail | setTail)
    ;

dictTail
    @after {noEmptyItems($ctx);}
    : comprehension
    | (',' dictItem?)*
    ;

setTail
    @after {noEmptyItems($ctx);}
    : comprehension
    | (',' starNamedExpression?)*
    ;

dictItem
    : '**' operation {starredOperand($operation.ctx);}
    | expression ':' expression
    ;

comprehension
    : comprehensionFor+
    ;

comprehensionFor
    : ASYNC? FOR starTargets IN operation (IF operation)*
    ;

lambdef
    : LAMBDA lambdaParameters? ':' expression
    ;

lambdaParameters
    @after {lambdaParameters($ctx); noEmptyItems($ctx);}
    : lambdaParameter (',' lambdaParameter?)*
    ;

lambdaParameter
    : name ('=' expression)?
    | '*' name?
    | '**' name
    | '/'
    ;

arguments
    @after {arguments($ctx); noEmptyItems($ctx);}
    : argument (',' argument?)*
    ;

// `name=value` is a keyword argument, `name := value` a named expression; PythonParserBase
// checks that a plain name stands before either.
argument
    : '*' expression comprehension?                             # starArgument
    | '**' expression                                           # doubleStarArgument
    | expression ('=' expression | ':=' expression comprehension? | comprehension)?   # valueArgument
    ;

slices
    @after {noEmptyItems($ctx);}
    : slice (',' slice?)*
    ;

slice
    @after {sliceWalrus($ctx); uses(SyntaxFeature.WALRUS_IN_INDEX_OR_SET, $ctx.COLONEQUAL()); uses(SyntaxFeature.STARRED_SUBSCRIPT, $ctx.STAR());}
    : '*' operation
    | expression (':=' expression | ':' expression? (':' expression?)?)?
    | ':' expression? (':' expression?)?
    ;

starTargets
    @after {starTargets($ctx); noEmptyItems($ctx);}
    : starTarget (',' starTarget?)*
    ;

starTarget
    : '*'? primary
    ;

strings
    @after {strings($ctx);}
    : (STRING | fstring | tstring)+
    ;

fstring
    : FSTRING_START (FSTRING_MIDDLE | fstringField)* FSTRING_END
    ;

// A template string (PEP 750): the replacement fields of an f-string, another result.
tstring
    @after {uses(SyntaxFeature.TSTRING, $ctx.TSTRING_START());}
    : TSTRING_START (TSTRING_MIDDLE | fstringField)* TSTRING_END
    ;

fstringField
    : '{' (yieldExpression | starExpressions) '='? fstringConversion? fstringFormatSpec? '}'
    ;

fstringConversion
    @after {conversion($ctx);}
    : '!' name
    ;

fstringFormatSpec
    : ':' (FSTRING_MIDDLE | TSTRING_MIDDLE | fstringField)*
    ;

// Soft keywords are names everywhere but where they open their statement.
name
    : NAME
    | MATCH
    | CASE
    | TYPE
    | UNDERSCORE
    | LAZY
    ;
