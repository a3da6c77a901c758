/*
 * Asyncwright's Python 3 lexer (Python 3.8 to 3.15).
 *
 * Lossless: no character is skipped. Whitespace, comments, line continuations and the
 * byte-order mark ride on the hidden channel (PythonLexerBase puts them there: cheaper than
 * a lexer command run for every token), so the texts of all tokens, joined, are
 * the file. Indentation (INDENT/DEDENT, zero-width), the significance of newlines, and
 * the literal parts of f-strings (PEP 701) and t-strings (PEP 750) are decided in PythonLexerBase.nextToken(),
 * not in rules here: no rule starts with a predicate, so the lexer's DFA cache stays
 * usable.
 */
lexer grammar PythonLexer;

options {
    superClass = PythonLexerBase;
}

tokens {
    INDENT,
    DEDENT,
    NL,
    FSTRING_MIDDLE,
    FSTRING_END,
    TSTRING_MIDDLE,
    TSTRING_END
}

// Keywords. They come before NAME: on a tie the first rule wins.
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// Soft keywords: their own token types, accepted as names by the parser's `name` rule.
MATCH      : 'match';
CASE       : 'case';
TYPE       : 'type';
UNDERSCORE : '_';
LAZY       : 'lazy';

// Operators and delimiters (CPython's token names).
LPAR             : '(';
RPAR             : ')';
LSQB             : '[';
RSQB             : ']';
LBRACE           : '{';
RBRACE           : '}';
COLON            : ':';
COMMA            : ',';
SEMI             : ';';
PLUS             : '+';
MINUS            : '-';
STAR             : '*';
SLASH            : '/';
VBAR             : '|';
AMPER            : '&';
LESS             : '<';
GREATER          : '>';
EQUAL            : '=';
DOT              : '.';
PERCENT          : '%';
EQEQUAL          : '==';
NOTEQUAL         : '!=';
LESSEQUAL        : '<=';
GREATEREQUAL     : '>=';
TILDE            : '~';
CIRCUMFLEX       : '^';
LEFTSHIFT        : '<<';
RIGHTSHIFT       : '>>';
DOUBLESTAR       : '**';
PLUSEQUAL        : '+=';
MINEQUAL         : '-=';
STAREQUAL        : '*=';
SLASHEQUAL       : '/=';
PERCENTEQUAL     : '%=';
AMPEREQUAL       : '&=';
VBAREQUAL        : '|=';
CIRCUMFLEXEQUAL  : '^=';
LEFTSHIFTEQUAL   : '<<=';
RIGHTSHIFTEQUAL  : '>>=';
DOUBLESTAREQUAL  : '**=';
DOUBLESLASH      : '//';
DOUBLESLASHEQUAL : '//=';
AT               : '@';
ATEQUAL          : '@=';
RARROW           : '->';
ELLIPSIS         : '...';
COLONEQUAL       : ':=';
// Only meaningful before an f-string conversion (`{x!r}`).
EXCLAMATION      : '!';

NUMBER
    : INTEGER
    | FLOAT_NUMBER
    | IMAGINARY_NUMBER
    ;

// Strings and bytes other than f-strings are whole tokens. Bytes may hold ASCII only.
STRING
    : STRING_PREFIX? (SHORT_STRING | LONG_STRING)
    | BYTES_PREFIX (SHORT_BYTES | LONG_BYTES)
    ;

// A bytes literal with a non-ASCII character: an error, named as such.
NON_ASCII_BYTES
    : BYTES_PREFIX (SHORT_STRING | LONG_STRING)
    ;

// The opening of an f-string: PythonLexerBase scans its literal parts and hands the
// replacement fields back to these rules.
FSTRING_START
    : F_PREFIX ('\'\'\'' | '"""' | '\'' | '"')
    ;

// A template string (PEP 750): lexed like an f-string, with its own token types.
TSTRING_START
    : T_PREFIX ('\'\'\'' | '"""' | '\'' | '"')
    ;

NAME
    : ID_START ID_CONTINUE*
    ;

NEWLINE
    : '\r\n'
    | '\r'
    | '\n'
    ;

WS
    : [ \t\f]+
    ;

COMMENT
    : '#' ~[\r\n]*
    ;

LINE_JOIN
    : '\\' ('\r\n' | '\r' | '\n')
    ;

// Python drops a UTF-8 byte-order mark; we keep it as a token so that files round-trip.
BOM
    : '\uFEFF'
    ;

// The opening quote of a literal that never closes (no rule above matched longer).
UNTERMINATED_STRING
    : (STRING_PREFIX | BYTES_PREFIX)? ('\'\'\'' | '"""' | '\'' | '"')
    ;

// Anything else is an error; PythonLexerBase turns it into a message and stops.
ERRORCHAR
    : .
    ;

fragment STRING_PREFIX
    : [rR]
    | [uU]
    ;

fragment BYTES_PREFIX
    : [bB]
    | [bB] [rR]
    | [rR] [bB]
    ;

fragment F_PREFIX
    : [fF]
    | [fF] [rR]
    | [rR] [fF]
    ;

fragment T_PREFIX
    : [tT]
    | [tT] [rR]
    | [rR] [tT]
    ;

fragment SHORT_STRING
    : '\'' (STRING_ESCAPE | ~[\\\r\n'])* '\''
    | '"' (STRING_ESCAPE | ~[\\\r\n"])* '"'
    ;

fragment LONG_STRING
    : '\'\'\'' (STRING_ESCAPE | ~'\\')*? '\'\'\''
    | '"""' (STRING_ESCAPE | ~'\\')*? '"""'
    ;

fragment SHORT_BYTES
    : '\'' (BYTES_ESCAPE | ~[\\\r\n'\u0080-\u{10FFFF}])* '\''
    | '"' (BYTES_ESCAPE | ~[\\\r\n"\u0080-\u{10FFFF}])* '"'
    ;

fragment LONG_BYTES
    : '\'\'\'' (BYTES_ESCAPE | ~[\\\u0080-\u{10FFFF}])*? '\'\'\''
    | '"""' (BYTES_ESCAPE | ~[\\\u0080-\u{10FFFF}])*? '"""'
    ;

// A backslash keeps the next character (or line break) inside the literal; in raw
// literals too, which is why a raw literal cannot end in an odd backslash.
fragment STRING_ESCAPE
    : '\\' ('\r\n' | .)
    ;

fragment BYTES_ESCAPE
    : '\\' ('\r\n' | ~[\u0080-\u{10FFFF}])
    ;

fragment INTEGER
    : DECIMAL_INTEGER
    | '0' [oO] ('_'? [0-7])+
    | '0' [xX] ('_'? HEX_DIGIT)+
    | '0' [bB] ('_'? [01])+
    ;

// Leading zeros are allowed only in zero itself: `0777` is Python 2.
fragment DECIMAL_INTEGER
    : [1-9] ('_'? DIGIT)*
    | '0' ('_'? '0')*
    ;

fragment FLOAT_NUMBER
    : POINT_FLOAT
    | EXPONENT_FLOAT
    ;

fragment POINT_FLOAT
    : DIGIT_PART? '.' DIGIT_PART
    | DIGIT_PART '.'
    ;

fragment EXPONENT_FLOAT
    : (DIGIT_PART | POINT_FLOAT) [eE] [+-]? DIGIT_PART
    ;

fragment IMAGINARY_NUMBER
    : (FLOAT_NUMBER | DIGIT_PART) [jJ]
    ;

fragment DIGIT_PART
    : DIGIT ('_'? DIGIT)*
    ;

fragment DIGIT
    : [0-9]
    ;

fragment HEX_DIGIT
    : [0-9a-fA-F]
    ;

// PEP 3131 identifiers.
fragment ID_START
    : [\p{XID_Start}_]
    ;

fragment ID_CONTINUE
    : [\p{XID_Continue}]
    ;
