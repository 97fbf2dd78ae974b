// LMW_UI_TEXT marks an English text of the engine that the GUI shows translated under
// `context` (lupdate reads the macro as QT_TRANSLATE_NOOP); the engine itself, the command line
// included, uses the English text as it is.
#pragma once

#define LMW_UI_TEXT(context, text) text
