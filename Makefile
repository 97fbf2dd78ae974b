# LLM Workbench — the two commands a new user needs:
#   make run    install what is missing, build (Release), open the workbench
#   make test   install what is missing, build, run every test through ctest
BUILD_DIR ?= build
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_ARGS ?=

.PHONY: run test build deps configure clean bench screenshots interop fuzz translations

run: build
	./$(BUILD_DIR)/app/llm-workbench

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

configure: deps
	@if [ ! -f $(BUILD_DIR)/CMakeCache.txt ]; then \
		cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release $(CMAKE_ARGS); \
	fi

deps:
	@./.ci/install-deps.sh

bench: build
	./tests/benchmarks/nanogpt_shakespeare.sh

# Exported tokenizers against Hugging Face's transformers.js: Debian's Node.js and npm, then the
# npm package into tests/interop (install scripts off: the tokenizer needs none, and the optional
# onnxruntime download fails offline), then the check.
interop: build
	@command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || ./.ci/install-deps.sh nodejs npm
	npm install --prefix tests/interop --ignore-scripts --no-audit --no-fund
	cd $(BUILD_DIR) && cmake . >/dev/null && ctest --output-on-failure -R interop_tokenizers

# libFuzzer targets for the loaders (tests/fuzz), built with clang-14 into build-fuzz; each runs
# FUZZ_SECONDS. Needs clang-14 and libclang-rt-14-dev.
FUZZ_SECONDS ?= 60
fuzz: deps
	@./.ci/install-deps.sh clang-14 libclang-rt-14-dev
	./tests/fuzz/run.sh $(FUZZ_SECONDS)

# Refresh resources/translations/*.ts from the sources (lupdate); lrelease runs at build time.
translations: deps
	./tools/update-translations.sh

screenshots: build
	xvfb-run -a -s "-screen 0 1600x1000x24" ./$(BUILD_DIR)/tests/ui/lmw_docs_screenshots docs/screenshots

clean:
	rm -rf $(BUILD_DIR)
