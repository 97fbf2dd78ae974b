/* The C interface of lmw_spm, the one library that links SentencePiece.
 *
 * Debian's SentencePiece carries its own copy of protobuf (3.14) and exports it, while LibTorch
 * uses the system's protobuf (3.21); in one symbol namespace the two crash each other at start-
 * up. So nothing links SentencePiece directly: the engine loads lmw_spm with dlopen(RTLD_LOCAL |
 * RTLD_DEEPBIND), which keeps each protobuf with its own users, and calls these functions.
 * Memory returned through char** / int** is released with lmw_spm_free. */
#ifndef LMW_SPM_SHIM_H
#define LMW_SPM_SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Trains a model from `count` NUL-terminated sentences packed in `sentences`, with options as
 * "key=value" lines. Returns 1 and the serialized model, or 0 and an error message. */
int lmw_spm_train(const char* sentences, size_t size, size_t count, const char* options,
                  unsigned seed, char** model, size_t* model_size, char** error);

/* Loads a serialized model; returns a handle, or NULL when SentencePiece cannot read it. */
void* lmw_spm_load(const char* model, size_t size);
void lmw_spm_unload(void* handle);

int lmw_spm_piece_size(const void* handle);
/* which: 0 = unknown, 1 = begin, 2 = end, 3 = padding; -1 when the model has none. */
int lmw_spm_special_id(const void* handle, int which);
int lmw_spm_is_unknown(const void* handle, int id);
/* The piece's score (a log probability for unigram models, minus the merge order for BPE). */
float lmw_spm_score(const void* handle, int id);
/* The piece's bytes, valid while the handle is loaded. */
const char* lmw_spm_id_to_piece(const void* handle, int id, size_t* length);

/* Encodes one line. Returns 1 and the ids, or 0 and an error message. */
int lmw_spm_encode(const void* handle, const char* text, size_t length, int** ids, size_t* count,
                   char** error);

void lmw_spm_free(void* memory);

#ifdef __cplusplus
}
#endif

#endif
