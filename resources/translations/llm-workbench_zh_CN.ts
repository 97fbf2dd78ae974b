<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EntropyLines</name>
    <message>
        <source>unigram entropy: token frequencies only, the plateau (%1)</source>
        <translation>一元熵：仅考虑词元频率，即平台值（%1）</translation>
    </message>
    <message>
        <source>bigram entropy: the previous token known (%1)</source>
        <translation>二元熵：已知前一个词元（%1）</translation>
    </message>
</context>
<context>
    <name>EvoTreeData</name>
    <message>
        <source>Evolutionary tree of modern LLMs</source>
        <translation>现代 LLM 演化树</translation>
    </message>
    <message>
        <source>v1 README</source>
        <translation>v1 README</translation>
    </message>
    <message>
        <source>The first tree image published with the repository.</source>
        <translation>随代码仓库发布的第一版演化树图。</translation>
    </message>
    <message>
        <source>Paper (Fig. 1)</source>
        <translation>论文（图 1）</translation>
    </message>
    <message>
        <source>The animated version, most likely the figure printed in the arXiv paper: adds ULMFiT and ChatGLM and moves GLM.</source>
        <translation>动画版本，很可能就是 arXiv 论文中刊印的图：新增 ULMFiT 和 ChatGLM，并移动了 GLM 的位置。</translation>
    </message>
    <message>
        <source>v2 still</source>
        <translation>v2 静态图</translation>
    </message>
    <message>
        <source>The still image that replaced the README figure: adds UniLM, UniLMv2 and AlexaTM.</source>
        <translation>取代 README 中原图的静态图：新增 UniLM、UniLMv2 和 AlexaTM。</translation>
    </message>
    <message>
        <source>v3 update</source>
        <translation>v3 更新</translation>
    </message>
    <message>
        <source>A community update built on the paper figure: adds LLaMA-2-Chat and Claude-2 and relabels Bard.</source>
        <translation>在论文图基础上的社区更新版：新增 LLaMA-2-Chat 和 Claude-2，并将 Bard 重新标注。</translation>
    </message>
    <message>
        <source>Shallow log-linear model producing static word vectors</source>
        <translation>生成静态词向量的浅层对数线性模型</translation>
    </message>
    <message>
        <source>Predict a word from its neighbours (CBOW) or the neighbours from a word (skip-gram)</source>
        <translation>由邻近词预测中心词（CBOW），或由中心词预测邻近词（skip-gram）</translation>
    </message>
    <message>
        <source>One of the three pre-2018 embedding methods drawn as the roots of the tree.</source>
        <translation>图中作为树根绘制的三种 2018 年以前的嵌入方法之一。</translation>
    </message>
    <message>
        <source>Static word vectors from a weighted least-squares fit to co-occurrence counts</source>
        <translation>通过对共现计数做加权最小二乘拟合得到的静态词向量</translation>
    </message>
    <message>
        <source>Fit word vectors to global word co-occurrence statistics</source>
        <translation>使词向量拟合全局词共现统计</translation>
    </message>
    <message>
        <source>Pre-2018 embedding method at the root of the tree.</source>
        <translation>位于树根处的 2018 年以前的嵌入方法。</translation>
    </message>
    <message>
        <source>Skip-gram word vectors built from character n-gram vectors</source>
        <translation>由字符 n-gram 向量组合而成的 skip-gram 词向量</translation>
    </message>
    <message>
        <source>Skip-gram over words represented as bags of character n-grams</source>
        <translation>在以字符 n-gram 袋表示的词上进行 skip-gram 训练</translation>
    </message>
    <message>
        <source>Two-layer bidirectional LSTM over character-CNN token embeddings</source>
        <translation>基于字符 CNN 词元嵌入的两层双向 LSTM</translation>
    </message>
    <message>
        <source>Forward and backward language modelling; layers mixed as contextual features</source>
        <translation>前向与后向语言建模；各层混合后作为上下文特征</translation>
    </message>
    <message>
        <source>Grey stem: contextual word representations from LSTMs, before Transformers took over.</source>
        <translation>灰色主干：在 Transformer 兴起之前，由 LSTM 得到的上下文词表示。</translation>
    </message>
    <message>
        <source>3-layer AWD-LSTM language model</source>
        <translation>3 层 AWD-LSTM 语言模型</translation>
    </message>
    <message>
        <source>Next-word language modelling, then staged fine-tuning on the target task</source>
        <translation>下一词语言建模，随后在目标任务上分阶段微调</translation>
    </message>
    <message>
        <source>Grey stem. Missing from the first README figure; added in the paper version.</source>
        <translation>灰色主干。第一版 README 图中缺失；在论文版本中加入。</translation>
    </message>
    <message>
        <source>Transformer encoder (bidirectional)</source>
        <translation>Transformer 编码器（双向）</translation>
    </message>
    <message>
        <source>Masked language modelling plus next-sentence prediction</source>
        <translation>掩码语言建模加下一句预测</translation>
    </message>
    <message>
        <source>Starts the pink encoder-only branch.</source>
        <translation>粉色仅编码器分支的起点。</translation>
    </message>
    <message>
        <source>Masked language modelling only, with dynamic masking and no next-sentence task</source>
        <translation>仅使用掩码语言建模，采用动态掩码，且不含下一句预测任务</translation>
    </message>
    <message>
        <source>Drawn on its own stem; the link to BERT comes from the paper, not from a line in the figure.</source>
        <translation>绘制在独立的主干上；它与 BERT 的关联来自论文，而非图中的连线。</translation>
    </message>
    <message>
        <source>Transformer encoder with cross-layer parameter sharing and factorised embeddings</source>
        <translation>采用跨层参数共享和因式分解嵌入的 Transformer 编码器</translation>
    </message>
    <message>
        <source>Masked language modelling plus sentence-order prediction</source>
        <translation>掩码语言建模加句序预测</translation>
    </message>
    <message>
        <source>The first README figure put a Meta logo beside ALBERT by mistake; later versions show Google.</source>
        <translation>第一版 README 图误将 Meta 标志放在 ALBERT 旁边；之后的版本改为 Google。</translation>
    </message>
    <message>
        <source>Transformer encoder with half of BERT-base&apos;s layers</source>
        <translation>层数为 BERT-base 一半的 Transformer 编码器</translation>
    </message>
    <message>
        <source>Knowledge distillation from BERT combined with masked language modelling</source>
        <translation>从 BERT 进行知识蒸馏，并结合掩码语言建模</translation>
    </message>
    <message>
        <source>Drawn as &quot;Distill&quot; over &quot;BERT&quot;.</source>
        <translation>绘制为“BERT”上方的“Distill”。</translation>
    </message>
    <message>
        <source>Masked language modelling with whole-entity and whole-phrase masking</source>
        <translation>采用整实体和整短语掩码的掩码语言建模</translation>
    </message>
    <message>
        <source>Baidu&apos;s first ERNIE. Its tie to BERT is conceptual (same style of objective), not shared weights. Not connected to ERNIE 3.0.</source>
        <translation>百度的第一代 ERNIE。它与 BERT 的联系是概念上的（目标风格相同），而非共享权重。与 ERNIE 3.0 没有连线。</translation>
    </message>
    <message>
        <source>Transformer encoder (discriminator) trained against a small generator</source>
        <translation>与小型生成器对抗训练的 Transformer 编码器（判别器）</translation>
    </message>
    <message>
        <source>Replaced-token detection: spot tokens swapped in by a small generator</source>
        <translation>替换词元检测：找出被小型生成器替换进来的词元</translation>
    </message>
    <message>
        <source>The figure shows a Stanford logo; the paper is joint Stanford and Google work. No parent node is drawn.</source>
        <translation>图中显示的是斯坦福标志；该论文是斯坦福与 Google 的合作成果。图中未绘制父节点。</translation>
    </message>
    <message>
        <source>Transformer encoder with disentangled content/position attention</source>
        <translation>采用内容/位置解耦注意力的 Transformer 编码器</translation>
    </message>
    <message>
        <source>Masked language modelling with an enhanced mask decoder</source>
        <translation>带增强掩码解码器的掩码语言建模</translation>
    </message>
    <message>
        <source>The last model on the encoder-only branch, which fades out after 2021.</source>
        <translation>仅编码器分支上的最后一个模型，该分支在 2021 年后逐渐消失。</translation>
    </message>
    <message>
        <source>Transformer encoder-decoder</source>
        <translation>Transformer 编码器-解码器</translation>
    </message>
    <message>
        <source>Denoising: rebuild text corrupted by span infilling and sentence shuffling</source>
        <translation>去噪：重建经片段填充和句子打乱破坏的文本</translation>
    </message>
    <message>
        <source>Span corruption in a text-to-text format</source>
        <translation>文本到文本格式的片段破坏</translation>
    </message>
    <message>
        <source>T5 family</source>
        <translation>T5 家族</translation>
    </message>
    <message>
        <source>Heads the T5 sub-stem that also carries mT5, T0, Flan-T5 and Tk.</source>
        <translation>T5 子主干的起点，该子主干还包括 mT5、T0、Flan-T5 和 Tk。</translation>
    </message>
    <message>
        <source>Shared Transformer whose attention masks switch between uni-, bi-directional and seq2seq</source>
        <translation>共享的 Transformer，其注意力掩码可在单向、双向和 seq2seq 之间切换</translation>
    </message>
    <message>
        <source>Unidirectional, bidirectional and sequence-to-sequence language modelling in one model</source>
        <translation>在同一模型中进行单向、双向和序列到序列语言建模</translation>
    </message>
    <message>
        <source>UniLM family</source>
        <translation>UniLM 家族</translation>
    </message>
    <message>
        <source>Appears only in the v2 still figure.</source>
        <translation>仅出现在 v2 静态图中。</translation>
    </message>
    <message>
        <source>Shared Transformer trained as a pseudo-masked language model</source>
        <translation>以伪掩码语言模型方式训练的共享 Transformer</translation>
    </message>
    <message>
        <source>Pseudo-masked language modelling (autoencoding and partly autoregressive)</source>
        <translation>伪掩码语言建模（自编码并部分自回归）</translation>
    </message>
    <message>
        <source>Span corruption on multilingual web text (mC4, 101 languages)</source>
        <translation>在多语言网页文本（mC4，101 种语言）上进行片段破坏</translation>
    </message>
    <message>
        <source>Multitask fine-tuning of an LM-adapted T5 on prompted datasets</source>
        <translation>在提示化数据集上对经 LM 适配的 T5 进行多任务微调</translation>
    </message>
    <message>
        <source>Sits in the 2020 row although its paper came out in October 2021: a placement slip in the figure.</source>
        <translation>位于 2020 年一行，但其论文发表于 2021 年 10 月：这是图中的位置错误。</translation>
    </message>
    <message>
        <source>T5-style encoder-decoder with sparse mixture-of-experts feed-forward layers</source>
        <translation>采用稀疏混合专家前馈层的 T5 式编码器-解码器</translation>
    </message>
    <message>
        <source>Span corruption; each token is routed to a single expert</source>
        <translation>片段破坏；每个词元只路由到单个专家</translation>
    </message>
    <message>
        <source>Switch Transformer; drawn filled (open).</source>
        <translation>Switch Transformer；以实心绘制（开源）。</translation>
    </message>
    <message>
        <source>Transformer with a bidirectional context part and an autoregressive infilling part</source>
        <translation>由双向上下文部分和自回归填充部分组成的 Transformer</translation>
    </message>
    <message>
        <source>Autoregressive blank infilling</source>
        <translation>自回归空白填充</translation>
    </message>
    <message>
        <source>GLM family</source>
        <translation>GLM 家族</translation>
    </message>
    <message>
        <source>Moved between versions: the first README figure had it on the decoder-only branch in the 2022 row; from the paper figure on it is an encoder-decoder in the 2021 row.</source>
        <translation>在不同版本间移动过位置：第一版 README 图将其放在仅解码器分支的 2022 年一行；从论文图起，它是 2021 年一行中的编码器-解码器模型。</translation>
    </message>
    <message>
        <source>Encoder-decoder with sparse mixture-of-experts layers</source>
        <translation>采用稀疏混合专家层的编码器-解码器</translation>
    </message>
    <message>
        <source>Span corruption with sparse experts and a router z-loss for stability</source>
        <translation>结合稀疏专家和用于稳定训练的路由器 z-loss 的片段破坏</translation>
    </message>
    <message>
        <source>The only closed (hollow) box on the encoder-decoder branch.</source>
        <translation>编码器-解码器分支上唯一的闭源（空心）方框。</translation>
    </message>
    <message>
        <source>Instruction tuning of T5 on Super-NaturalInstructions</source>
        <translation>在 Super-NaturalInstructions 上对 T5 进行指令微调</translation>
    </message>
    <message>
        <source>Tk-Instruct. The logo is Hugging Face in most versions; the v2 still corrects it to AI2, whose researchers led the work.</source>
        <translation>Tk-Instruct。在大多数版本中其标志为 Hugging Face；v2 静态图将其更正为主导该工作的研究人员所在的 AI2。</translation>
    </message>
    <message>
        <source>Mixture of denoisers (short spans, long spans, prefix LM)</source>
        <translation>混合去噪器（短片段、长片段、前缀 LM）</translation>
    </message>
    <message>
        <source>UL2 family</source>
        <translation>UL2 家族</translation>
    </message>
    <message>
        <source>Transformer encoder-decoder (seq2seq)</source>
        <translation>Transformer 编码器-解码器（seq2seq）</translation>
    </message>
    <message>
        <source>Mixture of denoising and causal language modelling</source>
        <translation>去噪与因果语言建模相结合</translation>
    </message>
    <message>
        <source>AlexaTM 20B. Appears only in the v2 still figure.</source>
        <translation>AlexaTM 20B。仅出现在 v2 静态图中。</translation>
    </message>
    <message>
        <source>Instruction fine-tuning of T5 on the Flan task collection</source>
        <translation>在 Flan 任务集上对 T5 进行指令微调</translation>
    </message>
    <message>
        <source>Instruction fine-tuning of UL2 on the Flan task collection</source>
        <translation>在 Flan 任务集上对 UL2 进行指令微调</translation>
    </message>
    <message>
        <source>Released as a checkpoint with a blog post rather than a paper.</source>
        <translation>以检查点加博客文章的形式发布，而非论文。</translation>
    </message>
    <message>
        <source>GLM-based bilingual chat model: supervised fine-tuning and human feedback</source>
        <translation>基于 GLM 的双语对话模型：监督微调与人类反馈</translation>
    </message>
    <message>
        <source>ChatGLM-6B. Missing from the first README figure.</source>
        <translation>ChatGLM-6B。第一版 README 图中缺失。</translation>
    </message>
    <message>
        <source>Decoder-only Transformer (causal self-attention)</source>
        <translation>仅解码器 Transformer（因果自注意力）</translation>
    </message>
    <message>
        <source>Next-token language modelling, then supervised fine-tuning</source>
        <translation>下一词元语言建模，随后进行监督微调</translation>
    </message>
    <message>
        <source>Starts the blue decoder-only branch.</source>
        <translation>蓝色仅解码器分支的起点。</translation>
    </message>
    <message>
        <source>Next-token language modelling; tasks attempted zero-shot</source>
        <translation>下一词元语言建模；以零样本方式尝试各项任务</translation>
    </message>
    <message>
        <source>Drawn open: the weights were published in stages during 2019.</source>
        <translation>以开源绘制：其权重于 2019 年分阶段发布。</translation>
    </message>
    <message>
        <source>Transformer-XL with two-stream attention</source>
        <translation>采用双流注意力的 Transformer-XL</translation>
    </message>
    <message>
        <source>Permutation language modelling</source>
        <translation>排列语言建模</translation>
    </message>
    <message>
        <source>Placed on the decoder-only branch, while the survey&apos;s Table 1 groups it with the BERT-style models. The figure shows a Google logo; the paper is joint CMU and Google work.</source>
        <translation>被放在仅解码器分支上，而该综述的表 1 将其与 BERT 式模型归为一类。图中显示的是 Google 标志；该论文是 CMU 与 Google 的合作成果。</translation>
    </message>
    <message>
        <source>Decoder-only Transformer; alternating dense and locally banded sparse attention</source>
        <translation>仅解码器 Transformer；稠密注意力与局部带状稀疏注意力交替使用</translation>
    </message>
    <message>
        <source>Next-token language modelling; tasks done by in-context (few-shot) learning</source>
        <translation>下一词元语言建模；通过上下文（少样本）学习完成任务</translation>
    </message>
    <message>
        <source>GPT-3 family</source>
        <translation>GPT-3 家族</translation>
    </message>
    <message>
        <source>The first closed OpenAI model; heads the sub-stem to Codex, InstructGPT and ChatGPT. Two rows of the paper&apos;s size table do not add up (XL: 24 heads of 128 for width 2048; 13B: width printed as 5140); they are shown as printed.</source>
        <translation>OpenAI 的第一个闭源模型；是通往 Codex、InstructGPT 和 ChatGPT 的子主干的起点。论文规模表中有两行数据对不上（XL：宽度 2048 却为 24 个 128 维的头；13B：宽度印为 5140）；此处按原文显示。</translation>
    </message>
    <message>
        <source>Next-token language modelling on the Pile</source>
        <translation>在 Pile 上进行下一词元语言建模</translation>
    </message>
    <message>
        <source>EleutherAI</source>
        <translation>EleutherAI</translation>
    </message>
    <message>
        <source>Heads the EleutherAI sub-stem.</source>
        <translation>EleutherAI 子主干的起点。</translation>
    </message>
    <message>
        <source>Shares the EleutherAI sub-stem; trained from scratch, so no parent is given.</source>
        <translation>与其共享 EleutherAI 子主干；从头训练，因此未给出父节点。</translation>
    </message>
    <message>
        <source>Next-token language modelling</source>
        <translation>下一词元语言建模</translation>
    </message>
    <message>
        <source>Megatron-Turing NLG, a Microsoft and NVIDIA model; the figure&apos;s chart counts it for Microsoft.</source>
        <translation>Megatron-Turing NLG，由 Microsoft 和 NVIDIA 合作的模型；图中的统计图将其计入 Microsoft。</translation>
    </message>
    <message>
        <source>Not published; the models are offered through an API</source>
        <translation>未公开；模型通过 API 提供</translation>
    </message>
    <message>
        <source>Stands for Cohere&apos;s API models as a whole; there is no single named model or paper.</source>
        <translation>代表 Cohere 的全部 API 模型；并没有单一命名的模型或论文。</translation>
    </message>
    <message>
        <source>GPT language model fine-tuned on public source code</source>
        <translation>在公开源代码上微调的 GPT 语言模型</translation>
    </message>
    <message>
        <source>Spelled &quot;CodeX&quot; in the figure.</source>
        <translation>图中拼写为“CodeX”。</translation>
    </message>
    <message>
        <source>Decoder-only Transformer with sparse mixture-of-experts layers</source>
        <translation>采用稀疏混合专家层的仅解码器 Transformer</translation>
    </message>
    <message>
        <source>Next-token language modelling with sparsely activated experts</source>
        <translation>采用稀疏激活专家的下一词元语言建模</translation>
    </message>
    <message>
        <source>Shared Transformer backbone with task-specific networks</source>
        <translation>共享 Transformer 主干加任务专用网络</translation>
    </message>
    <message>
        <source>Autoregressive and autoencoding objectives combined with knowledge-graph signals</source>
        <translation>自回归与自编码目标相结合，并融入知识图谱信号</translation>
    </message>
    <message>
        <source>On the decoder-only branch with no line to the 2019 ERNIE.</source>
        <translation>位于仅解码器分支上，与 2019 年的 ERNIE 之间没有连线。</translation>
    </message>
    <message>
        <source>Next-token language modelling, studied as a helpful, honest, harmless assistant</source>
        <translation>下一词元语言建模，作为有用、诚实、无害的助手进行研究</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>No paper of its own; most likely the 52B assistant model studied by Askell et al. (2021). This reading is an inference.</source>
        <translation>没有单独的论文；很可能是 Askell 等人（2021）研究的 52B 助手模型。这一解读属于推断。</translation>
    </message>
    <message>
        <source>Next-token language modelling on MassiveText</source>
        <translation>在 MassiveText 上进行下一词元语言建模</translation>
    </message>
    <message>
        <source>DeepMind</source>
        <translation>DeepMind</translation>
    </message>
    <message>
        <source>Heads the DeepMind sub-stem.</source>
        <translation>DeepMind 子主干的起点。</translation>
    </message>
    <message>
        <source>Next-token language modelling on dialogue-heavy data, then safety and grounding fine-tuning</source>
        <translation>在以对话为主的数据上进行下一词元语言建模，随后进行安全性与事实依据微调</translation>
    </message>
    <message>
        <source>GPT-3 tuned on demonstrations, then with reinforcement learning from human feedback</source>
        <translation>在示范数据上调优的 GPT-3，随后再经基于人类反馈的强化学习训练</translation>
    </message>
    <message>
        <source>Next-token language modelling with a compute-optimal balance of size and data</source>
        <translation>在模型规模与数据量之间取得计算最优平衡的下一词元语言建模</translation>
    </message>
    <message>
        <source>A new compute-optimal model rather than a tuned Gopher, so no parent is given.</source>
        <translation>一个新的计算最优模型，而非调优后的 Gopher，因此未给出父节点。</translation>
    </message>
    <message>
        <source>PaLM family</source>
        <translation>PaLM 家族</translation>
    </message>
    <message>
        <source>Heads the PaLM sub-stem with Minerva and Flan-PaLM.</source>
        <translation>PaLM 子主干的起点，该子主干还包括 Minerva 和 Flan-PaLM。</translation>
    </message>
    <message>
        <source>OPT family</source>
        <translation>OPT 家族</translation>
    </message>
    <message>
        <source>Drawn open; the largest 175B weights were shared on request.</source>
        <translation>以开源绘制；最大的 175B 权重可应申请获取。</translation>
    </message>
    <message>
        <source>PaLM further trained on mathematical and scientific text</source>
        <translation>在数学和科学文本上继续训练的 PaLM</translation>
    </message>
    <message>
        <source>Next-token language modelling on 46 natural and 13 programming languages</source>
        <translation>在 46 种自然语言和 13 种编程语言上进行下一词元语言建模</translation>
    </message>
    <message>
        <source>BLOOM family</source>
        <translation>BLOOM 家族</translation>
    </message>
    <message>
        <source>Dialogue agent tuned with human feedback and rule-based rewards</source>
        <translation>借助人类反馈和基于规则的奖励调优的对话智能体</translation>
    </message>
    <message>
        <source>Built on Chinchilla 70B.</source>
        <translation>基于 Chinchilla 70B 构建。</translation>
    </message>
    <message>
        <source>Instruction fine-tuning of PaLM on the Flan task collection</source>
        <translation>在 Flan 任务集上对 PaLM 进行指令微调</translation>
    </message>
    <message>
        <source>Supervised fine-tuning and reinforcement learning from human feedback for chat</source>
        <translation>面向对话的监督微调与基于人类反馈的强化学习</translation>
    </message>
    <message>
        <source>Given the longest stem on the GPT-3 sub-stem.</source>
        <translation>在 GPT-3 子主干上拥有最长的分支。</translation>
    </message>
    <message>
        <source>Multitask prompted fine-tuning of BLOOM (xP3)</source>
        <translation>对 BLOOM 进行多任务提示微调（xP3）</translation>
    </message>
    <message>
        <source>Next-token language modelling on a curated scientific corpus</source>
        <translation>在精选科学语料上进行下一词元语言建模</translation>
    </message>
    <message>
        <source>Instruction tuning of OPT on a large benchmark of tasks</source>
        <translation>在大型任务基准上对 OPT 进行指令微调</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未公开</translation>
    </message>
    <message>
        <source>Named after the 52B Anthropic model evaluated in Stanford&apos;s HELM; no paper of its own.</source>
        <translation>以斯坦福 HELM 中评测的 52B Anthropic 模型命名；没有单独的论文。</translation>
    </message>
    <message>
        <source>Next-token language modelling on publicly available data only</source>
        <translation>仅在公开可用数据上进行下一词元语言建模</translation>
    </message>
    <message>
        <source>LLaMA family</source>
        <translation>LLaMA 家族</translation>
    </message>
    <message>
        <source>Drawn open, although the weights came under a non-commercial research licence.</source>
        <translation>以开源绘制，尽管其权重采用的是非商业研究许可。</translation>
    </message>
    <message>
        <source>Next-token prediction followed by RLHF; few details published</source>
        <translation>下一词元预测，随后进行 RLHF；公开的细节很少</translation>
    </message>
    <message>
        <source>Has its own stem from the top of the trunk rather than sitting on the GPT-3 sub-stem.</source>
        <translation>从主干顶端单独引出分支，而不是位于 GPT-3 子主干上。</translation>
    </message>
    <message>
        <source>Conversational service built on LaMDA (later PaLM 2)</source>
        <translation>基于 LaMDA（后改为 PaLM 2）构建的对话服务</translation>
    </message>
    <message>
        <source>Relabelled &quot;Bard / PaLM 2&quot; in the v3 figure after Google switched Bard to PaLM 2.</source>
        <translation>在 Google 将 Bard 切换到 PaLM 2 后，v3 图中将其重新标注为“Bard / PaLM 2”。</translation>
    </message>
    <message>
        <source>Successor of Jurassic-1, drawn on a separate stem.</source>
        <translation>Jurassic-1 的后继者，绘制在单独的主干上。</translation>
    </message>
    <message>
        <source>Assistant trained with RLHF and constitutional AI</source>
        <translation>经 RLHF 和宪法式 AI 训练的助手</translation>
    </message>
    <message>
        <source>Reached by a long stem up the right-hand side from the Anthropic sub-stem.</source>
        <translation>从 Anthropic 子主干沿右侧的一条长分支向上到达。</translation>
    </message>
    <message>
        <source>Llama 2 tuned for dialogue with supervised fine-tuning and RLHF</source>
        <translation>经监督微调和 RLHF 针对对话调优的 Llama 2</translation>
    </message>
    <message>
        <source>Added in the v3 community update; not in the paper figure. It is tuned from Llama 2, which has no box.</source>
        <translation>在 v3 社区更新中加入；论文图中没有。它由 Llama 2 调优而来，而 Llama 2 本身没有方框。</translation>
    </message>
    <message>
        <source>Not published in detail; successor of Claude as an assistant model</source>
        <translation>未公开详细信息；作为助手模型是 Claude 的后继者</translation>
    </message>
    <message>
        <source>Added in the v3 community update; not in the paper figure.</source>
        <translation>在 v3 社区更新中加入；论文图中没有。</translation>
    </message>
</context>
<context>
    <name>ModelFamily</name>
    <message>
        <source>LSTM (ULMFiT)</source>
        <translation>LSTM (ULMFiT)</translation>
    </message>
    <message>
        <source>LSTM decoder</source>
        <translation>LSTM 解码器</translation>
    </message>
    <message>
        <source>recurrent language model</source>
        <translation>循环语言模型</translation>
    </message>
    <message>
        <source>ULMFiT&apos;s three-layer AWD-LSTM language model (Howard &amp; Ruder 2018); heads do not apply.</source>
        <translation>ULMFiT 的三层 AWD-LSTM 语言模型（Howard &amp; Ruder 2018）；注意力头不适用。</translation>
    </message>
    <message>
        <source>BERT</source>
        <translation>BERT</translation>
    </message>
    <message>
        <source>BERT encoder</source>
        <translation>BERT 编码器</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>Reads in both directions; learns to fill masked tokens and to tell whether two sentences follow each other (Devlin et al. 2018).</source>
        <translation>双向阅读；学习填补被掩码的词元，并判断两个句子是否前后相接（Devlin 等，2018）。</translation>
    </message>
    <message>
        <source> · an encoder: write [MASK] in the prompt and it fills every mask</source>
        <translation> · 编码器：在提示中写入 [MASK]，它会填补每个掩码</translation>
    </message>
    <message>
        <source>RoBERTa</source>
        <translation>RoBERTa</translation>
    </message>
    <message>
        <source>RoBERTa encoder</source>
        <translation>RoBERTa 编码器</translation>
    </message>
    <message>
        <source>BERT without next-sentence prediction, with masks drawn anew each time (Liu et al. 2019).</source>
        <translation>去掉下一句预测的 BERT，每次重新抽取掩码（Liu 等，2019）。</translation>
    </message>
    <message>
        <source> · an encoder: write &lt;mask&gt; in the prompt and it fills every mask</source>
        <translation> · 编码器：在提示中写入 &lt;mask&gt;，它会填补每个掩码</translation>
    </message>
    <message>
        <source>GPT</source>
        <translation>GPT</translation>
    </message>
    <message>
        <source>GPT decoder</source>
        <translation>GPT 解码器</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>解码器</translation>
    </message>
    <message>
        <source>Reads left to right and predicts each next token (Radford et al. 2018).</source>
        <translation>从左到右阅读，预测每一个下一个词元（Radford 等，2018）。</translation>
    </message>
    <message>
        <source>BART</source>
        <translation>BART</translation>
    </message>
    <message>
        <source>BART encoder-decoder</source>
        <translation>BART 编码器-解码器</translation>
    </message>
    <message>
        <source>encoder-decoder</source>
        <translation>编码器-解码器</translation>
    </message>
    <message>
        <source>An encoder reads a corrupted text, a decoder writes the original (Lewis et al. 2019).</source>
        <translation>编码器读入被破坏的文本，解码器写出原文（Lewis 等，2019）。</translation>
    </message>
    <message>
        <source> · an encoder-decoder: it rewrites the prompt (try &lt;mask&gt; for missing words)</source>
        <translation> · 编码器-解码器：它会改写提示（缺失的词可以试试 &lt;mask&gt;）</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>1 layer</source>
        <translation>1 层</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 层</translation>
    </message>
    <message>
        <source>, embedding %1, hidden %2</source>
        <translation>，嵌入 %1，隐藏层 %2</translation>
    </message>
    <message>
        <source>%1 + %2 layers (encoder + decoder), width %3, %4 heads</source>
        <translation>%1 + %2 层（编码器 + 解码器），宽度 %3，%4 个头</translation>
    </message>
    <message>
        <source>, width %1, %2 heads</source>
        <translation>，宽度 %1，%2 个头</translation>
    </message>
    <message>
        <source>, %1 positions</source>
        <translation>，%1位置编码</translation>
    </message>
    <message>
        <source>, GPT blocks</source>
        <translation>，GPT 块</translation>
    </message>
</context>
<context>
    <name>PositionEncoding</name>
    <message>
        <source>absolute</source>
        <translation>绝对</translation>
    </message>
    <message>
        <source>RoPE</source>
        <translation>RoPE</translation>
    </message>
    <message>
        <source>ALiBi</source>
        <translation>ALiBi</translation>
    </message>
    <message>
        <source>Learned absolute positions: a trained vector for each position is added to the token, as in GPT-2, BERT and BART.</source>
        <translation>可学习的绝对位置：为每个位置训练一个向量并加到词元上，与 GPT-2、BERT 和 BART 相同。</translation>
    </message>
    <message>
        <source>Rotary positions (RoPE, Su et al. 2021): queries and keys are rotated by an angle that grows with the position, so attention scores depend on how far apart two tokens are.</source>
        <translation>旋转位置编码（RoPE，Su 等，2021）：查询和键按随位置增大的角度旋转，因此注意力分数取决于两个词元相距多远。</translation>
    </message>
    <message>
        <source>ALiBi (Press et al. 2021): no position vectors; each head subtracts a fixed slope times the distance from its attention scores, so near tokens count more from the first step.</source>
        <translation>ALiBi（Press 等，2021）：没有位置向量；每个头从注意力分数中减去固定斜率乘以距离，因此从第一步起近处的词元就更受重视。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The model is not ready yet.</source>
        <translation>模型尚未就绪。</translation>
    </message>
    <message>
        <source>The encoder side needs a BERT or RoBERTa model; this is a %1.</source>
        <translation>编码器一侧需要 BERT 或 RoBERTa 模型；当前是 %1。</translation>
    </message>
    <message>
        <source>The decoder side needs a GPT or LSTM model; this is a %1.</source>
        <translation>解码器一侧需要 GPT 或 LSTM 模型；当前是 %1。</translation>
    </message>
    <message>
        <source>This model is a classifier, not a language model.</source>
        <translation>此模型是分类器，不是语言模型。</translation>
    </message>
    <message>
        <source>No model yet: train both, or load a run.</source>
        <translation>尚无模型：请训练两个模型，或加载一个运行。</translation>
    </message>
    <message>
        <source>%1, step %2 (%3 layers × %4 heads, width %5)</source>
        <translation>%1，第 %2 步（%3 层 × %4 个头，宽度 %5）</translation>
    </message>
    <message>
        <source>%1 (both sides)</source>
        <translation>%1（双向）</translation>
    </message>
    <message>
        <source>%1 (left only)</source>
        <translation>%1（仅左侧）</translation>
    </message>
    <message>
        <source>%1 (ranks whole sentences)</source>
        <translation>%1（对整句排序）</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>%1 / %2  (k = %3)</source>
        <translation>%1 / %2  (k = %3)</translation>
    </message>
    <message>
        <source>Prompting needs a decoder (GPT or LSTM language model); this is a %1 model, which does not continue text.</source>
        <translation>提示需要解码器（GPT 或 LSTM 语言模型）；当前是 %1 模型，无法续写文本。</translation>
    </message>
</context>
<context>
    <name>SaveToFile</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Table saved to %1.</source>
        <translation>表格已保存到 %1。</translation>
    </message>
    <message>
        <source>Curve saved to %1.</source>
        <translation>曲线已保存到 %1。</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <source>Plot saved to %1.</source>
        <translation>图已保存到 %1。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>SizePreset</name>
    <message>
        <source>tiny</source>
        <translation>微型</translation>
    </message>
    <message>
        <source>small</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <source>2 layers, 4 heads, width 64, context 64: learns in a minute</source>
        <translation>2 层，4 个头，宽度 64，上下文 64：一分钟即可学会</translation>
    </message>
    <message>
        <source>4 layers, 4 heads, width 128, context 64: nanoGPT&apos;s CPU setting</source>
        <translation>4 层，4 个头，宽度 128，上下文 64：nanoGPT 的 CPU 设置</translation>
    </message>
    <message>
        <source>6 layers, 6 heads, width 192, context 128: a few minutes</source>
        <translation>6 层，6 个头，宽度 192，上下文 128：需要几分钟</translation>
    </message>
</context>
<context>
    <name>calibration.bins_range</name>
    <message>
        <source>The reliability table needs between 1 and 1000 bins.</source>
        <translation>可靠性表的分箱数必须在 1 到 1000 之间。</translation>
    </message>
</context>
<context>
    <name>calibration.empty_prediction</name>
    <message>
        <source>A prediction has no label probabilities.</source>
        <translation>有一个预测没有标签概率。</translation>
    </message>
</context>
<context>
    <name>calibration.label_count</name>
    <message>
        <source>Calibration needs one true label per prediction.</source>
        <translation>校准需要为每个预测提供一个真实标签。</translation>
    </message>
</context>
<context>
    <name>checkpoint.checksum_mismatch</name>
    <message>
        <source>Checkpoint &apos;%1&apos; is corrupt (its checksum does not match).</source>
        <translation>检查点 &apos;%1&apos; 已损坏（校验和不匹配）。</translation>
    </message>
</context>
<context>
    <name>checkpoint.header_damaged</name>
    <message>
        <source>Checkpoint &apos;%1&apos; has a damaged header (%2).</source>
        <translation>检查点 &apos;%1&apos; 的头部已损坏（%2）。</translation>
    </message>
</context>
<context>
    <name>checkpoint.header_examples_served</name>
    <message>
        <source>the count of examples served is not a whole number of at least 0</source>
        <translation>已提供的样本数不是大于等于 0 的整数</translation>
    </message>
</context>
<context>
    <name>checkpoint.header_format_tag</name>
    <message>
        <source>unknown format tag</source>
        <translation>未知的格式标记</translation>
    </message>
</context>
<context>
    <name>checkpoint.header_incomplete</name>
    <message>
        <source>Checkpoint &apos;%1&apos; is truncated (its header is incomplete).</source>
        <translation>检查点 &apos;%1&apos; 被截断（头部不完整）。</translation>
    </message>
</context>
<context>
    <name>checkpoint.header_invalid</name>
    <message>
        <source>Checkpoint &apos;%1&apos; has an invalid header: %2</source>
        <translation>检查点 &apos;%1&apos; 的头部无效：%2</translation>
    </message>
</context>
<context>
    <name>checkpoint.header_label_count</name>
    <message>
        <source>it names %1 labels for %2 classes</source>
        <translation>它为 %2 个类别列出了 %1 个标签</translation>
    </message>
</context>
<context>
    <name>checkpoint.header_step</name>
    <message>
        <source>the step is not a whole number of at least 0</source>
        <translation>步数不是大于等于 0 的整数</translation>
    </message>
</context>
<context>
    <name>checkpoint.header_vocab_size</name>
    <message>
        <source>the vocabulary size does not match the tokenizer</source>
        <translation>词表大小与分词器不一致</translation>
    </message>
</context>
<context>
    <name>checkpoint.hf_tokenizer_added_id_range</name>
    <message>
        <source>The checkpoint&apos;s tokenizer: the added token &apos;%1&apos; has an id outside the vocabulary.</source>
        <translation>检查点的分词器：新增词元 &apos;%1&apos; 的 id 超出词表范围。</translation>
    </message>
</context>
<context>
    <name>checkpoint.hf_tokenizer_damaged</name>
    <message>
        <source>The checkpoint&apos;s tokenizer is damaged: a field is missing or of the wrong type.</source>
        <translation>检查点的分词器已损坏：某个字段缺失或类型错误。</translation>
    </message>
</context>
<context>
    <name>checkpoint.hf_tokenizer_id_invalid</name>
    <message>
        <source>The checkpoint&apos;s tokenizer: a token id is not a whole number from 0 to 10000000.</source>
        <translation>检查点的分词器：某个词元 id 不是 0 到 10000000 之间的整数。</translation>
    </message>
</context>
<context>
    <name>checkpoint.hf_tokenizer_normalizer</name>
    <message>
        <source>The checkpoint&apos;s tokenizer: the normalizer &apos;%1&apos; is not one this program reads (Prepend, Replace).</source>
        <translation>检查点的分词器：本程序无法读取规范化器 &apos;%1&apos;（支持 Prepend、Replace）。</translation>
    </message>
</context>
<context>
    <name>checkpoint.hf_tokenizer_special_order</name>
    <message>
        <source>The checkpoint&apos;s tokenizer: its special tokens do not take the first ids in order (&apos;%1&apos; is id %2), a layout this program does not read yet.</source>
        <translation>检查点的分词器：其特殊词元没有按顺序占用最前面的 id（&apos;%1&apos; 的 id 为 %2），本程序暂不支持这种布局。</translation>
    </message>
</context>
<context>
    <name>checkpoint.hf_tokenizer_special_role</name>
    <message>
        <source>The checkpoint&apos;s tokenizer: the special token &apos;%1&apos; has no role in special_tokens_map.json.</source>
        <translation>检查点的分词器：特殊词元 &apos;%1&apos; 在 special_tokens_map.json 中没有对应的角色。</translation>
    </message>
</context>
<context>
    <name>checkpoint.hf_tokenizer_unigram_score</name>
    <message>
        <source>The checkpoint&apos;s tokenizer: a Unigram score is not a finite number.</source>
        <translation>检查点的分词器：某个 Unigram 分数不是有限数。</translation>
    </message>
</context>
<context>
    <name>checkpoint.hf_tokenizer_unk_id_range</name>
    <message>
        <source>The checkpoint&apos;s tokenizer: the unknown token&apos;s id is outside the vocabulary.</source>
        <translation>检查点的分词器：未知词元的 id 超出词表范围。</translation>
    </message>
</context>
<context>
    <name>checkpoint.hf_tokenizer_unsupported</name>
    <message>
        <source>The checkpoint&apos;s tokenizer is not a tokenizer this program reads (WordLevel, BPE or Unigram without byte-level pre-tokenization).</source>
        <translation>检查点的分词器不是本程序能读取的分词器（WordLevel、BPE 或不带字节级预分词的 Unigram）。</translation>
    </message>
</context>
<context>
    <name>checkpoint.hf_tokenizer_vocab_empty</name>
    <message>
        <source>The checkpoint&apos;s tokenizer has an empty vocabulary.</source>
        <translation>检查点的分词器的词表为空。</translation>
    </message>
</context>
<context>
    <name>checkpoint.hf_tokenizer_vocab_id_gaps</name>
    <message>
        <source>The checkpoint&apos;s tokenizer: the vocabulary&apos;s ids have gaps.</source>
        <translation>检查点的分词器：词表的 id 不连续。</translation>
    </message>
</context>
<context>
    <name>checkpoint.hf_tokenizer_vocab_id_twice</name>
    <message>
        <source>The checkpoint&apos;s tokenizer: the vocabulary&apos;s id %1 is out of range or used twice.</source>
        <translation>检查点的分词器：词表 id %1 超出范围或被重复使用。</translation>
    </message>
</context>
<context>
    <name>checkpoint.newer_version</name>
    <message>
        <source>Checkpoint &apos;%1&apos; was written by a newer LLM Workbench (format %2; this build reads up to %3). Update the workbench to open it.</source>
        <translation>检查点 &apos;%1&apos; 由更新版本的 LLM Workbench 写入（格式 %2；当前版本最多支持格式 %3）。请升级 LLM Workbench 后再打开。</translation>
    </message>
</context>
<context>
    <name>checkpoint.no_optimizer_state</name>
    <message>
        <source>Checkpoint &apos;%1&apos; has no optimizer state; it cannot be resumed.</source>
        <translation>检查点 &apos;%1&apos; 没有优化器状态，无法继续训练。</translation>
    </message>
</context>
<context>
    <name>checkpoint.not_a_checkpoint</name>
    <message>
        <source>Checkpoint &apos;%1&apos; is not an LLM Workbench checkpoint.</source>
        <translation>检查点 &apos;%1&apos; 不是 LLM Workbench 检查点。</translation>
    </message>
</context>
<context>
    <name>checkpoint.optimizer_state_mismatch</name>
    <message>
        <source>Checkpoint &apos;%1&apos; has an optimizer state that does not match.</source>
        <translation>检查点 &apos;%1&apos; 的优化器状态不匹配。</translation>
    </message>
</context>
<context>
    <name>checkpoint.subword_bad_base64</name>
    <message>
        <source>The checkpoint&apos;s subword tokenizer model is damaged (bad base64).</source>
        <translation>检查点中的子词分词器模型已损坏（base64 无效）。</translation>
    </message>
</context>
<context>
    <name>checkpoint.subword_no_model</name>
    <message>
        <source>The checkpoint&apos;s subword tokenizer has no model.</source>
        <translation>检查点中的子词分词器没有模型。</translation>
    </message>
</context>
<context>
    <name>checkpoint.subword_wrong_size</name>
    <message>
        <source>The checkpoint&apos;s subword tokenizer model is damaged (wrong size).</source>
        <translation>检查点中的子词分词器模型已损坏（大小不符）。</translation>
    </message>
</context>
<context>
    <name>checkpoint.tokenizer_code_point</name>
    <message>
        <source>The checkpoint&apos;s tokenizer holds an invalid code point.</source>
        <translation>检查点的分词器包含无效的码位。</translation>
    </message>
</context>
<context>
    <name>checkpoint.tokenizer_kind</name>
    <message>
        <source>The checkpoint&apos;s tokenizer is missing or of an unknown kind.</source>
        <translation>检查点的分词器缺失或类型未知。</translation>
    </message>
</context>
<context>
    <name>checkpoint.tokenizer_too_few_chars</name>
    <message>
        <source>The checkpoint&apos;s tokenizer has fewer than two characters.</source>
        <translation>检查点的分词器少于两个字符。</translation>
    </message>
</context>
<context>
    <name>checkpoint.trailing_bytes</name>
    <message>
        <source>Checkpoint &apos;%1&apos; has %2 unexpected trailing bytes.</source>
        <translation>检查点 &apos;%1&apos; 末尾有 %2 个多余的字节。</translation>
    </message>
</context>
<context>
    <name>checkpoint.truncated</name>
    <message>
        <source>Checkpoint &apos;%1&apos; is truncated (expected %2 bytes, found %3). It may have been copied incompletely.</source>
        <translation>检查点 &apos;%1&apos; 被截断（应有 %2 字节，实际为 %3 字节）。它可能没有被完整复制。</translation>
    </message>
</context>
<context>
    <name>checkpoint.version_zero</name>
    <message>
        <source>Checkpoint &apos;%1&apos; has an invalid format version 0.</source>
        <translation>检查点 &apos;%1&apos; 的格式版本 0 无效。</translation>
    </message>
</context>
<context>
    <name>checkpoint.weights_mismatch</name>
    <message>
        <source>Checkpoint &apos;%1&apos; has weights that do not match its configuration.</source>
        <translation>检查点 &apos;%1&apos; 的权重与其配置不匹配。</translation>
    </message>
</context>
<context>
    <name>checkpoint.weights_unreadable</name>
    <message>
        <source>Checkpoint &apos;%1&apos; holds weights LibTorch cannot read.</source>
        <translation>检查点 &apos;%1&apos; 中的权重无法被 LibTorch 读取。</translation>
    </message>
</context>
<context>
    <name>compare.encoder_family</name>
    <message>
        <source>The encoder of a comparison is a BERT or RoBERTa model.</source>
        <translation>对比中的编码器必须是 BERT 或 RoBERTa 模型。</translation>
    </message>
</context>
<context>
    <name>compare.steps_range</name>
    <message>
        <source>Steps must be between 1 and 1000000.</source>
        <translation>步数必须在 1 到 1000000 之间。</translation>
    </message>
</context>
<context>
    <name>compare.threads_range</name>
    <message>
        <source>Threads must be between 0 and 1024.</source>
        <translation>线程数必须在 0 到 1024 之间。</translation>
    </message>
</context>
<context>
    <name>compare.unknown_size</name>
    <message>
        <source>Unknown model size &apos;%1&apos; (known: tiny, small, medium).</source>
        <translation>未知的模型规模 &apos;%1&apos;（可选：tiny、small、medium）。</translation>
    </message>
</context>
<context>
    <name>config.alibi_heads_range</name>
    <message>
        <source>ALiBi needs between 1 and 256 heads, not %1.</source>
        <translation>ALiBi 需要 1 到 256 个注意力头，而不是 %1 个。</translation>
    </message>
</context>
<context>
    <name>config.bart_layout</name>
    <message>
        <source>BART keeps its own encoder-decoder layout; GPT blocks are for BERT, RoBERTa and GPT.</source>
        <translation>BART 使用自己的编码器-解码器布局；GPT 块只用于 BERT、RoBERTa 和 GPT。</translation>
    </message>
</context>
<context>
    <name>config.batch_range</name>
    <message>
        <source>Batch size must be at least 1.</source>
        <translation>批大小必须至少为 1。</translation>
    </message>
</context>
<context>
    <name>config.beta1_range</name>
    <message>
        <source>beta1 must be at least 0 and below 1.</source>
        <translation>beta1 必须大于等于 0 且小于 1。</translation>
    </message>
</context>
<context>
    <name>config.beta2_range</name>
    <message>
        <source>beta2 must be at least 0 and below 1.</source>
        <translation>beta2 必须大于等于 0 且小于 1。</translation>
    </message>
</context>
<context>
    <name>config.classes_negative</name>
    <message>
        <source>The number of classes cannot be negative.</source>
        <translation>类别数不能为负。</translation>
    </message>
</context>
<context>
    <name>config.context_range</name>
    <message>
        <source>Context length must be between 1 and 65536.</source>
        <translation>上下文长度必须在 1 到 65536 之间。</translation>
    </message>
</context>
<context>
    <name>config.decay_negative</name>
    <message>
        <source>Decay steps cannot be negative.</source>
        <translation>衰减步数不能为负。</translation>
    </message>
</context>
<context>
    <name>config.decoder_layers_range</name>
    <message>
        <source>Decoder layers must be between 0 and 256.</source>
        <translation>解码器层数必须在 0 到 256 之间。</translation>
    </message>
</context>
<context>
    <name>config.dropout_range</name>
    <message>
        <source>Dropout must be at least 0 and below 1.</source>
        <translation>Dropout 必须大于等于 0 且小于 1。</translation>
    </message>
</context>
<context>
    <name>config.dupe_factor_range</name>
    <message>
        <source>The dupe factor must be between 1 and 1000.</source>
        <translation>重复因子必须在 1 到 1000 之间。</translation>
    </message>
</context>
<context>
    <name>config.eval_every_range</name>
    <message>
        <source>Evaluate-every must be at least 1.</source>
        <translation>评估间隔必须至少为 1。</translation>
    </message>
</context>
<context>
    <name>config.eval_iters_range</name>
    <message>
        <source>Evaluation batches must be at least 1.</source>
        <translation>评估批次数必须至少为 1。</translation>
    </message>
</context>
<context>
    <name>config.ffn_range</name>
    <message>
        <source>The feed-forward width must be between 0 (4 x width) and 262144.</source>
        <translation>前馈层宽度必须在 0（4 x 宽度）到 262144 之间。</translation>
    </message>
</context>
<context>
    <name>config.gpt_layout_nsp</name>
    <message>
        <source>An encoder of GPT blocks has no next-sentence head; train it with masked LM alone.</source>
        <translation>由 GPT 块构成的编码器没有下一句预测头；请只用掩码语言模型来训练它。</translation>
    </message>
</context>
<context>
    <name>config.grad_clip_negative</name>
    <message>
        <source>Gradient clipping cannot be negative.</source>
        <translation>梯度裁剪不能为负。</translation>
    </message>
</context>
<context>
    <name>config.heads_range</name>
    <message>
        <source>Heads must be between 1 and 256.</source>
        <translation>注意力头数必须在 1 到 256 之间。</translation>
    </message>
</context>
<context>
    <name>config.iters_range</name>
    <message>
        <source>Iterations must be at least 1.</source>
        <translation>迭代次数必须至少为 1。</translation>
    </message>
</context>
<context>
    <name>config.layer_norm_eps_range</name>
    <message>
        <source>The LayerNorm epsilon must be above 0 and below 1.</source>
        <translation>LayerNorm 的 epsilon 必须大于 0 且小于 1。</translation>
    </message>
</context>
<context>
    <name>config.layers_range</name>
    <message>
        <source>Layers must be between 1 and 256.</source>
        <translation>层数必须在 1 到 256 之间。</translation>
    </message>
</context>
<context>
    <name>config.lr_range</name>
    <message>
        <source>Learning rate must be above 0 and below 10.</source>
        <translation>学习率必须大于 0 且小于 10。</translation>
    </message>
</context>
<context>
    <name>config.lstm_dropouts_range</name>
    <message>
        <source>LSTM dropouts must be at least 0 and below 1.</source>
        <translation>LSTM 的各项 dropout 必须大于等于 0 且小于 1。</translation>
    </message>
</context>
<context>
    <name>config.lstm_hidden_range</name>
    <message>
        <source>The LSTM hidden size must be between 0 (3 x width) and 65536.</source>
        <translation>LSTM 隐藏层大小必须在 0（3 x 宽度）到 65536 之间。</translation>
    </message>
</context>
<context>
    <name>config.lstm_layout</name>
    <message>
        <source>An LSTM has no transformer blocks to lay out.</source>
        <translation>LSTM 没有可供布局的 Transformer 块。</translation>
    </message>
</context>
<context>
    <name>config.lstm_position_encoding</name>
    <message>
        <source>An LSTM reads tokens in order and has no position encoding; choose absolute (the default).</source>
        <translation>LSTM 按顺序读取词元，没有位置编码；请选择 absolute（默认值）。</translation>
    </message>
</context>
<context>
    <name>config.mask_rate_range</name>
    <message>
        <source>The masking rate must be above 0 and below 1 (BERT hides 15% of the tokens).</source>
        <translation>掩码率必须大于 0 且小于 1（BERT 会遮住 15% 的词元）。</translation>
    </message>
</context>
<context>
    <name>config.mask_shares_range</name>
    <message>
        <source>The [MASK] and random-token shares must each be between 0 and 1 and add up to at most 1 (BERT: 0.8 and 0.1).</source>
        <translation>[MASK] 和随机词元的比例都必须在 0 到 1 之间，且两者之和至多为 1（BERT：0.8 和 0.1）。</translation>
    </message>
</context>
<context>
    <name>config.min_lr_range</name>
    <message>
        <source>Minimum learning rate must be between 0 and the learning rate.</source>
        <translation>最小学习率必须在 0 和学习率之间。</translation>
    </message>
</context>
<context>
    <name>config.no_noise</name>
    <message>
        <source>Denoising needs at least one kind of noise.</source>
        <translation>去噪至少需要一种噪声。</translation>
    </message>
</context>
<context>
    <name>config.noise_rates_range</name>
    <message>
        <source>Noise rates must be between 0 and 1.</source>
        <translation>噪声比率必须在 0 到 1 之间。</translation>
    </message>
</context>
<context>
    <name>config.objective_unsupported</name>
    <message>
        <source>The %1 family cannot be trained with the &apos;%2&apos; objective (it uses &apos;%3&apos;).</source>
        <translation>%1 系列模型不能用 &apos;%2&apos; 目标训练（它使用 &apos;%3&apos;）。</translation>
    </message>
</context>
<context>
    <name>config.positions_negative</name>
    <message>
        <source>The position table size cannot be negative.</source>
        <translation>位置表大小不能为负。</translation>
    </message>
</context>
<context>
    <name>config.rope_base_range</name>
    <message>
        <source>The rotary base must be above 1 and at most 1e9.</source>
        <translation>旋转位置编码的基数必须大于 1 且至多为 1e9。</translation>
    </message>
</context>
<context>
    <name>config.rope_head_width_odd</name>
    <message>
        <source>Rotary positions rotate pairs of numbers: the head width (width / heads = %1) must be even.</source>
        <translation>旋转位置编码按对旋转数值：注意力头宽度（宽度 / 头数 = %1）必须为偶数。</translation>
    </message>
</context>
<context>
    <name>config.span_lambda_range</name>
    <message>
        <source>The span-length mean must be above 0.</source>
        <translation>片段长度均值必须大于 0。</translation>
    </message>
</context>
<context>
    <name>config.threads_range</name>
    <message>
        <source>Threads must be between 0 (all cores) and 1024.</source>
        <translation>线程数必须在 0（使用全部核心）到 1024 之间。</translation>
    </message>
</context>
<context>
    <name>config.token_types_range</name>
    <message>
        <source>Token types must be between 1 and 1024.</source>
        <translation>词元类型数必须在 1 到 1024 之间。</translation>
    </message>
</context>
<context>
    <name>config.too_many_parameters</name>
    <message>
        <source>The model would have %1 parameters; the workbench builds models of at most 2 billion (8 GB of weights).</source>
        <translation>该模型将有 %1 个参数；Workbench 最多只构建 20 亿参数的模型（8 GB 权重）。</translation>
    </message>
</context>
<context>
    <name>config.unknown_activation</name>
    <message>
        <source>Unknown activation &apos;%1&apos; (known: gelu, gelu_tanh, relu).</source>
        <translation>未知的激活函数 &apos;%1&apos;（可选：gelu、gelu_tanh、relu）。</translation>
    </message>
</context>
<context>
    <name>config.unknown_block_layout</name>
    <message>
        <source>Unknown block layout &apos;%1&apos; (known: family, gpt).</source>
        <translation>未知的块布局 &apos;%1&apos;（可选：family、gpt）。</translation>
    </message>
</context>
<context>
    <name>config.unknown_family</name>
    <message>
        <source>Unknown model family &apos;%1&apos; (known: lstm, bert, roberta, gpt, bart).</source>
        <translation>未知的模型系列 &apos;%1&apos;（可选：lstm、bert、roberta、gpt、bart）。</translation>
    </message>
</context>
<context>
    <name>config.unknown_family_value</name>
    <message>
        <source>Unknown model family.</source>
        <translation>未知的模型系列。</translation>
    </message>
</context>
<context>
    <name>config.unknown_mask_unit</name>
    <message>
        <source>Unknown masking unit &apos;%1&apos; (known: token, word, span).</source>
        <translation>未知的掩码单位 &apos;%1&apos;（可选：token、word、span）。</translation>
    </message>
</context>
<context>
    <name>config.unknown_objective</name>
    <message>
        <source>Unknown objective &apos;%1&apos; (known: clm, mlm, mlm+nsp, denoise).</source>
        <translation>未知的训练目标 &apos;%1&apos;（可选：clm、mlm、mlm+nsp、denoise）。</translation>
    </message>
</context>
<context>
    <name>config.unknown_position_encoding</name>
    <message>
        <source>Unknown position encoding &apos;%1&apos; (known: absolute, rope, alibi).</source>
        <translation>未知的位置编码 &apos;%1&apos;（可选：absolute、rope、alibi）。</translation>
    </message>
</context>
<context>
    <name>config.unknown_tokenizer</name>
    <message>
        <source>Unknown tokenizer &apos;%1&apos; (known: char, bpe, unigram).</source>
        <translation>未知的分词器 &apos;%1&apos;（可选：char、bpe、unigram）。</translation>
    </message>
</context>
<context>
    <name>config.val_fraction_range</name>
    <message>
        <source>The validation fraction must be above 0 and at most 0.5.</source>
        <translation>验证集比例必须大于 0 且至多为 0.5。</translation>
    </message>
</context>
<context>
    <name>config.vocab_size_negative</name>
    <message>
        <source>The vocabulary size cannot be negative.</source>
        <translation>词表大小不能为负。</translation>
    </message>
</context>
<context>
    <name>config.warmup_negative</name>
    <message>
        <source>Warmup steps cannot be negative.</source>
        <translation>预热步数不能为负。</translation>
    </message>
</context>
<context>
    <name>config.weight_decay_range</name>
    <message>
        <source>Weight decay must be between 0 and 10.</source>
        <translation>权重衰减必须在 0 到 10 之间。</translation>
    </message>
</context>
<context>
    <name>config.width_heads</name>
    <message>
        <source>Width (%1) must be divisible by the number of heads (%2).</source>
        <translation>宽度（%1）必须能被注意力头数（%2）整除。</translation>
    </message>
</context>
<context>
    <name>config.width_range</name>
    <message>
        <source>Width (embedding size) must be between 1 and 65536.</source>
        <translation>宽度（嵌入维度）必须在 1 到 65536 之间。</translation>
    </message>
</context>
<context>
    <name>config_json.model_not_object</name>
    <message>
        <source>model configuration is not a JSON object.</source>
        <translation>模型配置不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>config_json.model_out_of_range</name>
    <message>
        <source>model configuration: field &apos;%1&apos; is out of range (%2).</source>
        <translation>模型配置：字段 &apos;%1&apos; 超出范围（%2）。</translation>
    </message>
</context>
<context>
    <name>config_json.model_wrong_type</name>
    <message>
        <source>model configuration: field &apos;%1&apos; has the wrong type.</source>
        <translation>模型配置：字段 &apos;%1&apos; 的类型错误。</translation>
    </message>
</context>
<context>
    <name>config_json.objective_not_object</name>
    <message>
        <source>objective configuration is not a JSON object.</source>
        <translation>训练目标配置不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>config_json.objective_out_of_range</name>
    <message>
        <source>objective configuration: field &apos;%1&apos; is out of range (%2).</source>
        <translation>训练目标配置：字段 &apos;%1&apos; 超出范围（%2）。</translation>
    </message>
</context>
<context>
    <name>config_json.objective_wrong_type</name>
    <message>
        <source>objective configuration: field &apos;%1&apos; has the wrong type.</source>
        <translation>训练目标配置：字段 &apos;%1&apos; 的类型错误。</translation>
    </message>
</context>
<context>
    <name>config_json.run_summary_not_object</name>
    <message>
        <source>run summary is not a JSON object.</source>
        <translation>运行摘要不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>config_json.run_summary_out_of_range</name>
    <message>
        <source>run summary: field &apos;%1&apos; is out of range (%2).</source>
        <translation>运行摘要：字段 &apos;%1&apos; 超出范围（%2）。</translation>
    </message>
</context>
<context>
    <name>config_json.run_summary_wrong_type</name>
    <message>
        <source>run summary: field &apos;%1&apos; has the wrong type.</source>
        <translation>运行摘要：字段 &apos;%1&apos; 的类型错误。</translation>
    </message>
</context>
<context>
    <name>config_json.tokenizer_not_object</name>
    <message>
        <source>tokenizer configuration is not a JSON object.</source>
        <translation>分词器配置不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>config_json.tokenizer_out_of_range</name>
    <message>
        <source>tokenizer configuration: field &apos;%1&apos; is out of range (%2).</source>
        <translation>分词器配置：字段 &apos;%1&apos; 超出范围（%2）。</translation>
    </message>
</context>
<context>
    <name>config_json.tokenizer_wrong_type</name>
    <message>
        <source>tokenizer configuration: field &apos;%1&apos; has the wrong type.</source>
        <translation>分词器配置：字段 &apos;%1&apos; 的类型错误。</translation>
    </message>
</context>
<context>
    <name>config_json.training_not_object</name>
    <message>
        <source>training configuration is not a JSON object.</source>
        <translation>训练配置不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>config_json.training_out_of_range</name>
    <message>
        <source>training configuration: field &apos;%1&apos; is out of range (%2).</source>
        <translation>训练配置：字段 &apos;%1&apos; 超出范围（%2）。</translation>
    </message>
</context>
<context>
    <name>config_json.training_wrong_type</name>
    <message>
        <source>training configuration: field &apos;%1&apos; has the wrong type.</source>
        <translation>训练配置：字段 &apos;%1&apos; 的类型错误。</translation>
    </message>
</context>
<context>
    <name>config_text.no_model</name>
    <message>
        <source>The configuration has no &quot;model&quot; object.</source>
        <translation>配置中没有 &quot;model&quot; 对象。</translation>
    </message>
</context>
<context>
    <name>config_text.no_train</name>
    <message>
        <source>The configuration has no &quot;train&quot; object.</source>
        <translation>配置中没有 &quot;train&quot; 对象。</translation>
    </message>
</context>
<context>
    <name>config_text.not_json</name>
    <message>
        <source>The configuration is not a JSON object.</source>
        <translation>配置不是一个 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>corpus.binary</name>
    <message>
        <source>Corpus &apos;%1&apos; looks like a binary file (it contains NUL bytes), not UTF-8 text.</source>
        <translation>语料 &apos;%1&apos; 看起来是二进制文件（含有 NUL 字节），而不是 UTF-8 文本。</translation>
    </message>
</context>
<context>
    <name>corpus.empty</name>
    <message>
        <source>Corpus &apos;%1&apos; is empty.</source>
        <translation>语料 &apos;%1&apos; 为空。</translation>
    </message>
</context>
<context>
    <name>corpus.held_out_fraction</name>
    <message>
        <source>The held-out fraction must be between 0 and 1.</source>
        <translation>留出比例必须在 0 到 1 之间。</translation>
    </message>
</context>
<context>
    <name>corpus.invalid_utf8</name>
    <message>
        <source>Corpus &apos;%1&apos; is not valid UTF-8 text (byte %2 at offset %3). Save it as UTF-8 and try again.</source>
        <translation>语料 &apos;%1&apos; 不是有效的 UTF-8 文本（偏移 %3 处的字节 %2）。请将其另存为 UTF-8 后重试。</translation>
    </message>
</context>
<context>
    <name>corpus.one_character</name>
    <message>
        <source>Corpus &apos;%1&apos; uses only one distinct character; a language model needs at least two.</source>
        <translation>语料 &apos;%1&apos; 只含一种字符；语言模型至少需要两种。</translation>
    </message>
</context>
<context>
    <name>corpus.too_large</name>
    <message>
        <source>Corpus &apos;%1&apos; is too large (%2); the limit is %3.</source>
        <translation>语料 &apos;%1&apos; 太大（%2）；上限为 %3。</translation>
    </message>
</context>
<context>
    <name>corpus.too_short_training</name>
    <message>
        <source>Corpus &apos;%1&apos; is too short: %2 tokens give a training split of %3, but one window needs more than %4 (context %5 + 1). Use a longer text or a shorter context.</source>
        <translation>语料 &apos;%1&apos; 太短：%2 个词元划分出的训练集只有 %3 个，而一个窗口需要超过 %4 个（上下文 %5 + 1）。请使用更长的文本或更短的上下文。</translation>
    </message>
</context>
<context>
    <name>corpus.too_short_validation</name>
    <message>
        <source>Corpus &apos;%1&apos; is too short: %2 tokens give a validation split of %3, but one window needs more than %4 (context %5 + 1). Use a longer text or a shorter context.</source>
        <translation>语料 &apos;%1&apos; 太短：%2 个词元划分出的验证集只有 %3 个，而一个窗口需要超过 %4 个（上下文 %5 + 1）。请使用更长的文本或更短的上下文。</translation>
    </message>
</context>
<context>
    <name>corpus.vocab_mismatch</name>
    <message>
        <source>Corpus &apos;%1&apos; does not match the checkpoint&apos;s vocabulary. %2</source>
        <translation>语料 &apos;%1&apos; 与检查点的词表不匹配。%2</translation>
    </message>
</context>
<context>
    <name>dataset.binary</name>
    <message>
        <source>Dataset &apos;%1&apos; looks like a binary file (it contains NUL bytes), not text.</source>
        <translation>数据集 &apos;%1&apos; 看起来是二进制文件（含有 NUL 字节），而不是文本。</translation>
    </message>
</context>
<context>
    <name>dataset.empty</name>
    <message>
        <source>Dataset &apos;%1&apos; is empty.</source>
        <translation>数据集 &apos;%1&apos; 为空。</translation>
    </message>
</context>
<context>
    <name>dataset.jsonl_keys_unknown</name>
    <message>
        <source>Dataset &apos;%1&apos;, line %2: cannot tell which keys hold the text and the label; name them.</source>
        <translation>数据集 &apos;%1&apos; 第 %2 行：无法判断哪些键保存文本和标签；请指定它们。</translation>
    </message>
</context>
<context>
    <name>dataset.label_not_in_reference</name>
    <message>
        <source>Dataset &apos;%1&apos; has label &apos;%2&apos;, which &apos;%3&apos; does not have.</source>
        <translation>数据集 &apos;%1&apos; 含有标签 &apos;%2&apos;，而 &apos;%3&apos; 中没有这个标签。</translation>
    </message>
</context>
<context>
    <name>dataset.malformed_row</name>
    <message>
        <source>Dataset &apos;%1&apos;, line %2: %3. Fix the row or choose to skip malformed rows.</source>
        <translation>数据集 &apos;%1&apos; 第 %2 行：%3。请修正该行，或选择跳过格式错误的行。</translation>
    </message>
</context>
<context>
    <name>dataset.no_label_column</name>
    <message>
        <source>Dataset &apos;%1&apos; has no label column &apos;%2&apos; (columns: %3).</source>
        <translation>数据集 &apos;%1&apos; 没有标签列 &apos;%2&apos;（列：%3）。</translation>
    </message>
</context>
<context>
    <name>dataset.no_readable_rows</name>
    <message>
        <source>Dataset &apos;%1&apos; has no readable rows.</source>
        <translation>数据集 &apos;%1&apos; 没有可读取的行。</translation>
    </message>
</context>
<context>
    <name>dataset.no_readable_rows_first_problem</name>
    <message>
        <source>Dataset &apos;%1&apos; has no readable rows (first problem, line %2: %3).</source>
        <translation>数据集 &apos;%1&apos; 没有可读取的行（第一个问题在第 %2 行：%3）。</translation>
    </message>
</context>
<context>
    <name>dataset.no_rows</name>
    <message>
        <source>Dataset &apos;%1&apos; has no rows.</source>
        <translation>数据集 &apos;%1&apos; 没有任何行。</translation>
    </message>
</context>
<context>
    <name>dataset.no_text_column</name>
    <message>
        <source>Dataset &apos;%1&apos; has no text column &apos;%2&apos; (columns: %3).</source>
        <translation>数据集 &apos;%1&apos; 没有文本列 &apos;%2&apos;（列：%3）。</translation>
    </message>
</context>
<context>
    <name>dataset.one_column</name>
    <message>
        <source>Dataset &apos;%1&apos; has one column only; it needs a text column and a label column.</source>
        <translation>数据集 &apos;%1&apos; 只有一列；它需要一个文本列和一个标签列。</translation>
    </message>
</context>
<context>
    <name>dataset.one_column_csv</name>
    <message>
        <source>Dataset &apos;%1&apos; has one column only; it needs a text column and a label column (if it is tab-separated, choose TSV).</source>
        <translation>数据集 &apos;%1&apos; 只有一列；它需要一个文本列和一个标签列（如果它是用制表符分隔的，请选择 TSV）。</translation>
    </message>
</context>
<context>
    <name>dataset.same_text_label_column</name>
    <message>
        <source>Dataset &apos;%1&apos;: the text and the label must be different columns.</source>
        <translation>数据集 &apos;%1&apos;：文本和标签必须是不同的列。</translation>
    </message>
</context>
<context>
    <name>dataset.split_fraction</name>
    <message>
        <source>The split fraction must be between 0 and 1.</source>
        <translation>划分比例必须在 0 到 1 之间。</translation>
    </message>
</context>
<context>
    <name>dataset.too_large</name>
    <message>
        <source>Dataset &apos;%1&apos; is too large (%2 MiB); the limit is %3 MiB.</source>
        <translation>数据集 &apos;%1&apos; 太大（%2 MiB）；上限为 %3 MiB。</translation>
    </message>
</context>
<context>
    <name>dataset.too_many_labels</name>
    <message>
        <source>Dataset &apos;%1&apos; has %2 different labels; a classifier here takes at most %3 (is the label column the right one?).</source>
        <translation>数据集 &apos;%1&apos; 有 %2 种不同的标签；这里的分类器最多支持 %3 种（标签列选对了吗？）。</translation>
    </message>
</context>
<context>
    <name>dataset.unknown_format</name>
    <message>
        <source>Unknown dataset format &apos;%1&apos; (use auto, csv, tsv, jsonl or trec).</source>
        <translation>未知的数据集格式 &apos;%1&apos;（请用 auto、csv、tsv、jsonl 或 trec）。</translation>
    </message>
</context>
<context>
    <name>examples.denoise_context</name>
    <message>
        <source>Denoising needs a context of at least 4 tokens.</source>
        <translation>去噪需要至少 4 个词元的上下文。</translation>
    </message>
</context>
<context>
    <name>examples.denoise_no_bos</name>
    <message>
        <source>The tokenizer has no &lt;s&gt; token, which denoising needs.</source>
        <translation>分词器没有去噪所需的 &lt;s&gt; 词元。</translation>
    </message>
</context>
<context>
    <name>examples.denoise_no_eos</name>
    <message>
        <source>The tokenizer has no &lt;/s&gt; token, which denoising needs.</source>
        <translation>分词器没有去噪所需的 &lt;/s&gt; 词元。</translation>
    </message>
</context>
<context>
    <name>examples.denoise_no_mask</name>
    <message>
        <source>The tokenizer has no mask token, which denoising needs.</source>
        <translation>分词器没有去噪所需的掩码词元。</translation>
    </message>
</context>
<context>
    <name>examples.denoise_no_pad</name>
    <message>
        <source>The tokenizer has no padding token, which denoising needs.</source>
        <translation>分词器没有去噪所需的填充词元。</translation>
    </message>
</context>
<context>
    <name>examples.denoise_no_sentences</name>
    <message>
        <source>The corpus has no sentences to denoise in its training or validation part.</source>
        <translation>语料的训练集或验证集中没有可供去噪的句子。</translation>
    </message>
</context>
<context>
    <name>examples.mlm_context</name>
    <message>
        <source>Masked language modelling needs a context of at least 4 tokens.</source>
        <translation>掩码语言模型需要至少 4 个词元的上下文。</translation>
    </message>
</context>
<context>
    <name>examples.mlm_no_bos</name>
    <message>
        <source>The tokenizer has no begin-of-sequence token, which masked language modelling needs.</source>
        <translation>分词器没有掩码语言模型所需的序列开始词元。</translation>
    </message>
</context>
<context>
    <name>examples.mlm_no_eos</name>
    <message>
        <source>The tokenizer has no end-of-sequence token, which masked language modelling needs.</source>
        <translation>分词器没有掩码语言模型所需的序列结束词元。</translation>
    </message>
</context>
<context>
    <name>examples.mlm_no_mask</name>
    <message>
        <source>The tokenizer has no mask token, which masked language modelling needs.</source>
        <translation>分词器没有掩码语言模型所需的掩码词元。</translation>
    </message>
</context>
<context>
    <name>examples.nsp_no_cls</name>
    <message>
        <source>The tokenizer has no [CLS] token, which BERT&apos;s objective needs.</source>
        <translation>分词器没有 BERT 训练目标所需的 [CLS] 词元。</translation>
    </message>
</context>
<context>
    <name>examples.nsp_no_mask</name>
    <message>
        <source>The tokenizer has no mask token, which BERT&apos;s objective needs.</source>
        <translation>分词器没有 BERT 训练目标所需的掩码词元。</translation>
    </message>
</context>
<context>
    <name>examples.nsp_no_pad</name>
    <message>
        <source>The tokenizer has no padding token, which BERT&apos;s objective needs.</source>
        <translation>分词器没有 BERT 训练目标所需的填充词元。</translation>
    </message>
</context>
<context>
    <name>examples.nsp_no_sep</name>
    <message>
        <source>The tokenizer has no [SEP] token, which BERT&apos;s objective needs.</source>
        <translation>分词器没有 BERT 训练目标所需的 [SEP] 词元。</translation>
    </message>
</context>
<context>
    <name>examples.nsp_training_pairs</name>
    <message>
        <source>The corpus&apos;s training part cannot make sentence pairs: %1</source>
        <translation>语料的训练集无法构成句子对：%1</translation>
    </message>
</context>
<context>
    <name>examples.nsp_validation_pairs</name>
    <message>
        <source>The corpus&apos;s validation part cannot make sentence pairs: %1</source>
        <translation>语料的验证集无法构成句子对：%1</translation>
    </message>
</context>
<context>
    <name>examples.unknown_objective</name>
    <message>
        <source>Unknown objective.</source>
        <translation>未知的训练目标。</translation>
    </message>
</context>
<context>
    <name>file.is_folder</name>
    <message>
        <source>&apos;%1&apos; is a folder, not a file.</source>
        <translation>&apos;%1&apos; 是文件夹，不是文件。</translation>
    </message>
</context>
<context>
    <name>file.missing</name>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>&apos;%1&apos; 不存在。</translation>
    </message>
</context>
<context>
    <name>file.read_failed</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>无法读取 &apos;%1&apos;：%2。</translation>
    </message>
</context>
<context>
    <name>file.short_read</name>
    <message>
        <source>Cannot read &apos;%1&apos;: short read.</source>
        <translation>无法读取 &apos;%1&apos;：读取不完整。</translation>
    </message>
</context>
<context>
    <name>file.too_large</name>
    <message>
        <source>&apos;%1&apos; is %2; the limit is %3.</source>
        <translation>&apos;%1&apos; 的大小为 %2；上限为 %3。</translation>
    </message>
</context>
<context>
    <name>file.unreadable</name>
    <message>
        <source>Cannot read &apos;%1&apos;.</source>
        <translation>无法读取 &apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>file.unwritable</name>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>无法写入 &apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>file.write_failed</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation>无法写入 &apos;%1&apos;：%2。</translation>
    </message>
</context>
<context>
    <name>file.write_failed_unchanged</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. The previous file is unchanged.</source>
        <translation>无法写入 &apos;%1&apos;：%2。原文件保持不变。</translation>
    </message>
</context>
<context>
    <name>fine_tune.bptt_range</name>
    <message>
        <source>The LM window (bptt) must be between 2 and 65536 tokens.</source>
        <translation>语言模型窗口（bptt）必须在 2 到 65536 个词元之间。</translation>
    </message>
</context>
<context>
    <name>fine_tune.checkpoint_not_lstm</name>
    <message>
        <source>The checkpoint is a %1 model, not an LSTM.</source>
        <translation>该检查点是 %1 模型，不是 LSTM。</translation>
    </message>
</context>
<context>
    <name>fine_tune.class_count_mismatch</name>
    <message>
        <source>The model has %1 classes for %2 labels.</source>
        <translation>模型有 %1 个类别，但有 %2 个标签。</translation>
    </message>
</context>
<context>
    <name>fine_tune.classifier_loss_infinite</name>
    <message>
        <source>The classifier&apos;s loss became infinite in epoch %1. Lower the learning rate.</source>
        <translation>分类器的损失在第 %1 轮变为无穷大。请降低学习率。</translation>
    </message>
</context>
<context>
    <name>fine_tune.classifier_loss_nan</name>
    <message>
        <source>The classifier&apos;s loss became NaN in epoch %1. Lower the learning rate.</source>
        <translation>分类器的损失在第 %1 轮变为 NaN。请降低学习率。</translation>
    </message>
</context>
<context>
    <name>fine_tune.decoder_not_lstm</name>
    <message>
        <source>The decoder checkpoint is a %1 model, not an LSTM.</source>
        <translation>解码器检查点是 %1 模型，不是 LSTM。</translation>
    </message>
</context>
<context>
    <name>fine_tune.encoder_not_lstm</name>
    <message>
        <source>The encoder checkpoint is a %1 model, not an LSTM.</source>
        <translation>编码器检查点是 %1 模型，不是 LSTM。</translation>
    </message>
</context>
<context>
    <name>fine_tune.label_id_outside</name>
    <message>
        <source>Label id %1 is outside the %2 labels of the training set.</source>
        <translation>标签 id %1 超出了训练集的 %2 个标签。</translation>
    </message>
</context>
<context>
    <name>fine_tune.lm_checkpoint_classifier</name>
    <message>
        <source>Target-task LM fine-tuning needs an LSTM language model; &apos;%1&apos; holds a %2 classifier.</source>
        <translation>目标任务的语言模型微调需要 LSTM 语言模型；&apos;%1&apos; 中是一个 %2 分类器。</translation>
    </message>
</context>
<context>
    <name>fine_tune.lm_checkpoint_not_lstm</name>
    <message>
        <source>Target-task LM fine-tuning needs an LSTM language model; &apos;%1&apos; holds a %2 model.</source>
        <translation>目标任务的语言模型微调需要 LSTM 语言模型；&apos;%1&apos; 中是一个 %2 模型。</translation>
    </message>
</context>
<context>
    <name>fine_tune.lm_loss_infinite</name>
    <message>
        <source>The language model&apos;s loss became infinite while fine-tuning. Lower the learning rate.</source>
        <translation>语言模型的损失在微调时变为无穷大。请降低学习率。</translation>
    </message>
</context>
<context>
    <name>fine_tune.lm_loss_nan</name>
    <message>
        <source>The language model&apos;s loss became NaN while fine-tuning. Lower the learning rate.</source>
        <translation>语言模型的损失在微调时变为 NaN。请降低学习率。</translation>
    </message>
</context>
<context>
    <name>fine_tune.no_texts</name>
    <message>
        <source>There are no texts to fine-tune the language model on.</source>
        <translation>没有可用于微调语言模型的文本。</translation>
    </message>
</context>
<context>
    <name>fine_tune.no_windows</name>
    <message>
        <source>At least one window is needed to measure a language-model loss.</source>
        <translation>至少需要一个窗口才能计算语言模型损失。</translation>
    </message>
</context>
<context>
    <name>fine_tune.test_label_outside</name>
    <message>
        <source>The test set uses label id %1, outside the training set&apos;s %2 labels.</source>
        <translation>测试集使用了标签 id %1，超出了训练集的 %2 个标签。</translation>
    </message>
</context>
<context>
    <name>fine_tune.text_too_short_for_loss</name>
    <message>
        <source>The text is too short to measure a language-model loss (%1 tokens; at least %2 are needed).</source>
        <translation>文本太短，无法计算语言模型损失（%1 个词元；至少需要 %2 个）。</translation>
    </message>
</context>
<context>
    <name>fine_tune.tokenizers_differ</name>
    <message>
        <source>The encoder and the decoder use different tokenizers.</source>
        <translation>编码器和解码器使用了不同的分词器。</translation>
    </message>
</context>
<context>
    <name>fine_tune.too_few_examples</name>
    <message>
        <source>The training set needs at least two examples.</source>
        <translation>训练集至少需要两个样本。</translation>
    </message>
</context>
<context>
    <name>fine_tune.too_few_labels</name>
    <message>
        <source>A classifier needs examples of at least two labels; the training set has %1.</source>
        <translation>分类器需要至少两种标签的样本；训练集只有 %1 种。</translation>
    </message>
</context>
<context>
    <name>fine_tune.too_few_tokens</name>
    <message>
        <source>The target texts have %1 tokens; LM fine-tuning needs more than %2.</source>
        <translation>目标文本有 %1 个词元；语言模型微调需要超过 %2 个。</translation>
    </message>
</context>
<context>
    <name>fine_tune.training_label_id_outside</name>
    <message>
        <source>The training set uses label id %1 but names only %2 labels.</source>
        <translation>训练集使用了标签 id %1，但只列出了 %2 个标签。</translation>
    </message>
</context>
<context>
    <name>fine_tune.training_set_empty</name>
    <message>
        <source>The training set &apos;%1&apos; has no examples.</source>
        <translation>训练集 &apos;%1&apos; 没有样本。</translation>
    </message>
</context>
<context>
    <name>fine_tune.validation_label_outside</name>
    <message>
        <source>The validation set uses label id %1, outside the training set&apos;s %2 labels.</source>
        <translation>验证集使用了标签 id %1，超出了训练集的 %2 个标签。</translation>
    </message>
</context>
<context>
    <name>fine_tune.widths_differ</name>
    <message>
        <source>The encoder and the decoder have different widths.</source>
        <translation>编码器和解码器的宽度不同。</translation>
    </message>
</context>
<context>
    <name>folder.create_failed</name>
    <message>
        <source>Cannot create the folder &apos;%1&apos;: %2.</source>
        <translation>无法创建文件夹 &apos;%1&apos;：%2。</translation>
    </message>
</context>
<context>
    <name>gaps.answer_exceeds_context</name>
    <message>
        <source>A hidden word is longer than the model&apos;s context.</source>
        <translation>有一个被隐藏的词比模型的上下文还长。</translation>
    </message>
</context>
<context>
    <name>gaps.bart_model</name>
    <message>
        <source>The gap task compares encoders with decoders; BART is both.</source>
        <translation>填空任务比较的是编码器与解码器；BART 两者都是。</translation>
    </message>
</context>
<context>
    <name>gaps.classifier_model</name>
    <message>
        <source>This model is a classifier; the gap task needs a language model.</source>
        <translation>该模型是分类器；填空任务需要语言模型。</translation>
    </message>
</context>
<context>
    <name>gaps.context_range</name>
    <message>
        <source>Gap context must be between 4 and 4096 characters.</source>
        <translation>空缺的上下文必须在 4 到 4096 个字符之间。</translation>
    </message>
</context>
<context>
    <name>gaps.count_range</name>
    <message>
        <source>The number of gaps must be between 1 and 100000.</source>
        <translation>空缺数必须在 1 到 100000 之间。</translation>
    </message>
</context>
<context>
    <name>gaps.empty_answer</name>
    <message>
        <source>A hidden word is empty.</source>
        <translation>有一个被隐藏的词为空。</translation>
    </message>
</context>
<context>
    <name>gaps.guess_count_mismatch</name>
    <message>
        <source>Gap guesses and items differ in number.</source>
        <translation>空缺的猜测数与题目数不一致。</translation>
    </message>
</context>
<context>
    <name>gaps.min_word_chars</name>
    <message>
        <source>Hidden words need at least one character.</source>
        <translation>被隐藏的词至少需要一个字符。</translation>
    </message>
</context>
<context>
    <name>gaps.no_candidates</name>
    <message>
        <source>A gap has no candidate words to rank.</source>
        <translation>有一个空缺没有可排序的候选词。</translation>
    </message>
</context>
<context>
    <name>gaps.rank_needs_decoder</name>
    <message>
        <source>Ranking candidates by the likelihood of the text is a decoder&apos;s way to fill a gap.</source>
        <translation>按文本的似然对候选词排序是解码器填空的方式。</translation>
    </message>
</context>
<context>
    <name>gaps.too_few_words</name>
    <message>
        <source>The text has %1 words of %2+ letters with context around them; %3 are needed.</source>
        <translation>文本中有 %1 个由 %2 个以上字母组成且前后有上下文的词；需要 %3 个。</translation>
    </message>
</context>
<context>
    <name>generate.beams_range</name>
    <message>
        <source>The number of beams must be between 1 and 64.</source>
        <translation>束数必须在 1 到 64 之间。</translation>
    </message>
</context>
<context>
    <name>generate.encoder_cannot_continue</name>
    <message>
        <source>A %1 encoder does not continue text: it predicts masked tokens (fill-mask).</source>
        <translation>%1 编码器不能续写文本：它预测被掩码的词元（fill-mask）。</translation>
    </message>
</context>
<context>
    <name>generate.fill_mask_needs_encoder</name>
    <message>
        <source>Fill-mask needs a BERT-style encoder; this is a %1 model.</source>
        <translation>fill-mask 需要 BERT 式的编码器；当前是 %1 模型。</translation>
    </message>
</context>
<context>
    <name>generate.hf_not_gpt2</name>
    <message>
        <source>&apos;%1&apos; holds a Hugging Face %2 model; only GPT-2 folders open here (the others run with hf-forward).</source>
        <translation>&apos;%1&apos; 包含一个 Hugging Face %2 模型；这里只能打开 GPT-2 文件夹（其他模型请用 hf-forward 运行）。</translation>
    </message>
</context>
<context>
    <name>generate.hf_vocab_mismatch</name>
    <message>
        <source>&apos;%1&apos;: the tokenizer has %2 tokens but the model only %3.</source>
        <translation>&apos;%1&apos;：分词器有 %2 个词元，但模型只有 %3 个。</translation>
    </message>
</context>
<context>
    <name>generate.hf_without_tokenizer</name>
    <message>
        <source>&apos;%1&apos; is a Hugging Face checkpoint without its tokenizer: put GPT-2&apos;s tokenizer.json, or vocab.json and merges.txt, beside config.json.</source>
        <translation>&apos;%1&apos; 是不含分词器的 Hugging Face 检查点：请在 config.json 旁放置 GPT-2 的 tokenizer.json，或 vocab.json 和 merges.txt。</translation>
    </message>
</context>
<context>
    <name>generate.max_tokens_range</name>
    <message>
        <source>The number of tokens to generate must be between 1 and 100000.</source>
        <translation>要生成的词元数必须在 1 到 100000 之间。</translation>
    </message>
</context>
<context>
    <name>generate.no_mask_in_text</name>
    <message>
        <source>The text has no %1 token to fill.</source>
        <translation>文本中没有需要填充的 %1 词元。</translation>
    </message>
</context>
<context>
    <name>generate.temperature_range</name>
    <message>
        <source>Temperature must be between 0 and 100.</source>
        <translation>温度必须在 0 到 100 之间。</translation>
    </message>
</context>
<context>
    <name>generate.text_too_long</name>
    <message>
        <source>The text has %1 tokens; this model reads at most %2.</source>
        <translation>文本有 %1 个词元；该模型最多读取 %2 个。</translation>
    </message>
</context>
<context>
    <name>generate.top_k_negative</name>
    <message>
        <source>Top-k cannot be negative (0 keeps every token).</source>
        <translation>Top-k 不能为负（0 表示保留所有词元）。</translation>
    </message>
</context>
<context>
    <name>generate.top_k_range</name>
    <message>
        <source>Top-k must be at least 1.</source>
        <translation>Top-k 必须至少为 1。</translation>
    </message>
</context>
<context>
    <name>generate.top_p_range</name>
    <message>
        <source>Top-p must be above 0 and at most 1.</source>
        <translation>Top-p 必须大于 0 且至多为 1。</translation>
    </message>
</context>
<context>
    <name>hf.lstm_no_counterpart</name>
    <message>
        <source>LSTM models have no Hugging Face counterpart.</source>
        <translation>LSTM 模型在 Hugging Face 中没有对应的模型。</translation>
    </message>
</context>
<context>
    <name>hf_config.bart_widths_differ</name>
    <message>
        <source>&apos;%1&apos;: encoder and decoder of different widths are not supported.</source>
        <translation>&apos;%1&apos;：不支持编码器和解码器宽度不同。</translation>
    </message>
</context>
<context>
    <name>hf_config.field_missing</name>
    <message>
        <source>&apos;%1&apos; has no &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; 中没有 &apos;%2&apos;。</translation>
    </message>
</context>
<context>
    <name>hf_config.field_out_of_range</name>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is out of range (%3).</source>
        <translation>&apos;%1&apos;：&apos;%2&apos; 超出范围（%3）。</translation>
    </message>
</context>
<context>
    <name>hf_config.field_wrong_type</name>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; has the wrong type.</source>
        <translation>&apos;%1&apos;：&apos;%2&apos; 的类型错误。</translation>
    </message>
</context>
<context>
    <name>hf_config.invalid</name>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;：%2</translation>
    </message>
</context>
<context>
    <name>hf_config.pre_layer_norm_bart</name>
    <message>
        <source>&apos;%1&apos;: pre-LayerNorm BART variants (mBART) are not supported.</source>
        <translation>&apos;%1&apos;：不支持前置 LayerNorm 的 BART 变体（mBART）。</translation>
    </message>
</context>
<context>
    <name>hf_config.scale_embedding</name>
    <message>
        <source>&apos;%1&apos;: scale_embedding = true is not supported.</source>
        <translation>&apos;%1&apos;：不支持 scale_embedding = true。</translation>
    </message>
</context>
<context>
    <name>hf_config.unsupported_model_type</name>
    <message>
        <source>&apos;%1&apos; describes a &apos;%2&apos; model; supported: gpt2, bert, roberta, bart.</source>
        <translation>&apos;%1&apos; 描述的是 &apos;%2&apos; 模型；支持的类型：gpt2、bert、roberta、bart。</translation>
    </message>
</context>
<context>
    <name>hf_config.width_heads</name>
    <message>
        <source>&apos;%1&apos;: the width is not divisible by the number of heads.</source>
        <translation>&apos;%1&apos;：宽度不能被注意力头数整除。</translation>
    </message>
</context>
<context>
    <name>hf_export.classifier</name>
    <message>
        <source>Models with a classification head cannot be exported yet; export the pretrained model.</source>
        <translation>带分类头的模型暂时无法导出；请导出预训练模型。</translation>
    </message>
</context>
<context>
    <name>hf_export.gpt_block_encoder</name>
    <message>
        <source>This %1 model is an encoder built from GPT blocks, a layout no Hugging Face class has, so it cannot be exported.</source>
        <translation>这个 %1 模型是由 GPT 块构成的编码器，没有任何 Hugging Face 类采用这种布局，因此无法导出。</translation>
    </message>
</context>
<context>
    <name>hf_export.gpt_without_bias</name>
    <message>
        <source>Only GPT models with biases have GPT-2&apos;s layout.</source>
        <translation>只有带偏置的 GPT 模型才具有 GPT-2 的布局。</translation>
    </message>
</context>
<context>
    <name>hf_export.lstm</name>
    <message>
        <source>The LSTM family has no Hugging Face counterpart; export GPT, BERT, RoBERTa or BART models.</source>
        <translation>LSTM 系列在 Hugging Face 中没有对应的模型；请导出 GPT、BERT、RoBERTa 或 BART 模型。</translation>
    </message>
</context>
<context>
    <name>hf_export.position_encoding</name>
    <message>
        <source>This model uses %1 positions, which Hugging Face&apos;s %2 class does not have (it learns absolute positions), so it cannot be exported.</source>
        <translation>该模型使用 %1 位置编码，而 Hugging Face 的 %2 类没有这种编码（它学习绝对位置），因此无法导出。</translation>
    </message>
</context>
<context>
    <name>hf_export.tensor_name</name>
    <message>
        <source>No Hugging Face name for the tensor &apos;%1&apos;.</source>
        <translation>张量 &apos;%1&apos; 没有对应的 Hugging Face 名称。</translation>
    </message>
</context>
<context>
    <name>hf_export.tokenizer_kind</name>
    <message>
        <source>The %1 tokenizer has no Hugging Face equivalent.</source>
        <translation>%1 分词器没有对应的 Hugging Face 格式。</translation>
    </message>
</context>
<context>
    <name>hf_inputs.attention_mask_values</name>
    <message>
        <source>&apos;%1&apos;: attention_mask must hold only 0 and 1.</source>
        <translation>&apos;%1&apos;：attention_mask 只能包含 0 和 1。</translation>
    </message>
</context>
<context>
    <name>hf_inputs.ids_outside_vocab</name>
    <message>
        <source>&apos;%1&apos;: input_ids has token ids outside the vocabulary (0 to %2).</source>
        <translation>&apos;%1&apos;：input_ids 中有超出词表范围的词元 id（0 到 %2）。</translation>
    </message>
</context>
<context>
    <name>hf_inputs.ids_shape</name>
    <message>
        <source>&apos;%1&apos;: input_ids must be a (batch, length) matrix with at least one token.</source>
        <translation>&apos;%1&apos;：input_ids 必须是至少含一个词元的 (batch, length) 矩阵。</translation>
    </message>
</context>
<context>
    <name>hf_inputs.ids_too_long</name>
    <message>
        <source>&apos;%1&apos;: input_ids has %2 tokens per row; the model reads at most %3.</source>
        <translation>&apos;%1&apos;：input_ids 每行有 %2 个词元；模型最多读取 %3 个。</translation>
    </message>
</context>
<context>
    <name>hf_inputs.labels_outside_vocab</name>
    <message>
        <source>&apos;%1&apos;: labels has ids outside the vocabulary (and not -100).</source>
        <translation>&apos;%1&apos;：labels 中有超出词表范围的 id（且不是 -100）。</translation>
    </message>
</context>
<context>
    <name>hf_inputs.labels_shape</name>
    <message>
        <source>&apos;%1&apos;: labels must be a (batch, length) matrix with the batch of input_ids, within the context.</source>
        <translation>&apos;%1&apos;：labels 必须是 (batch, length) 矩阵，batch 与 input_ids 相同，长度在上下文之内。</translation>
    </message>
</context>
<context>
    <name>hf_inputs.labels_shape_ids</name>
    <message>
        <source>&apos;%1&apos;: labels must have the shape of input_ids.</source>
        <translation>&apos;%1&apos;：labels 的形状必须与 input_ids 相同。</translation>
    </message>
</context>
<context>
    <name>hf_inputs.no_bart_labels</name>
    <message>
        <source>&apos;%1&apos; has no &apos;labels&apos; for the BART decoder.</source>
        <translation>&apos;%1&apos; 中没有 BART 解码器所需的 &apos;labels&apos;。</translation>
    </message>
</context>
<context>
    <name>hf_inputs.shape_mismatch</name>
    <message>
        <source>&apos;%1&apos;: %2 must have the shape of input_ids.</source>
        <translation>&apos;%1&apos;：%2 的形状必须与 input_ids 相同。</translation>
    </message>
</context>
<context>
    <name>hf_inputs.token_types_range</name>
    <message>
        <source>&apos;%1&apos;: token_type_ids must lie between 0 and %2.</source>
        <translation>&apos;%1&apos;：token_type_ids 必须在 0 到 %2 之间。</translation>
    </message>
</context>
<context>
    <name>hf_tokenizer.added_id_range</name>
    <message>
        <source>&apos;%1&apos;: the added token &apos;%2&apos; has an id outside the vocabulary.</source>
        <translation>&apos;%1&apos;：新增词元 &apos;%2&apos; 的 id 超出词表范围。</translation>
    </message>
</context>
<context>
    <name>hf_tokenizer.damaged</name>
    <message>
        <source>&apos;%1&apos; is damaged: a field is missing or of the wrong type.</source>
        <translation>&apos;%1&apos; 已损坏：某个字段缺失或类型错误。</translation>
    </message>
</context>
<context>
    <name>hf_tokenizer.id_invalid</name>
    <message>
        <source>&apos;%1&apos;: a token id is not a whole number from 0 to 10000000.</source>
        <translation>&apos;%1&apos;：某个词元 id 不是 0 到 10000000 之间的整数。</translation>
    </message>
</context>
<context>
    <name>hf_tokenizer.normalizer</name>
    <message>
        <source>&apos;%1&apos;: the normalizer &apos;%2&apos; is not one this program reads (Prepend, Replace).</source>
        <translation>&apos;%1&apos;：本程序无法读取规范化器 &apos;%2&apos;（支持 Prepend、Replace）。</translation>
    </message>
</context>
<context>
    <name>hf_tokenizer.special_order</name>
    <message>
        <source>&apos;%1&apos;: its special tokens do not take the first ids in order (&apos;%2&apos; is id %3), a layout this program does not read yet.</source>
        <translation>&apos;%1&apos;：其特殊词元没有按顺序占用最前面的 id（&apos;%2&apos; 的 id 为 %3），本程序暂不支持这种布局。</translation>
    </message>
</context>
<context>
    <name>hf_tokenizer.special_role</name>
    <message>
        <source>&apos;%1&apos;: the special token &apos;%2&apos; has no role in special_tokens_map.json.</source>
        <translation>&apos;%1&apos;：特殊词元 &apos;%2&apos; 在 special_tokens_map.json 中没有对应的角色。</translation>
    </message>
</context>
<context>
    <name>hf_tokenizer.unigram_score</name>
    <message>
        <source>&apos;%1&apos;: a Unigram score is not a finite number.</source>
        <translation>&apos;%1&apos;：某个 Unigram 分数不是有限数。</translation>
    </message>
</context>
<context>
    <name>hf_tokenizer.unk_id_range</name>
    <message>
        <source>&apos;%1&apos;: the unknown token&apos;s id is outside the vocabulary.</source>
        <translation>&apos;%1&apos;：未知词元的 id 超出词表范围。</translation>
    </message>
</context>
<context>
    <name>hf_tokenizer.unsupported</name>
    <message>
        <source>&apos;%1&apos; is not a tokenizer this program reads (WordLevel, BPE or Unigram without byte-level pre-tokenization).</source>
        <translation>&apos;%1&apos; 不是本程序能读取的分词器（WordLevel、BPE 或不带字节级预分词的 Unigram）。</translation>
    </message>
</context>
<context>
    <name>hf_tokenizer.vocab_empty</name>
    <message>
        <source>&apos;%1&apos; has an empty vocabulary.</source>
        <translation>&apos;%1&apos; 的词表为空。</translation>
    </message>
</context>
<context>
    <name>hf_tokenizer.vocab_id_gaps</name>
    <message>
        <source>&apos;%1&apos;: the vocabulary&apos;s ids have gaps.</source>
        <translation>&apos;%1&apos;：词表的 id 不连续。</translation>
    </message>
</context>
<context>
    <name>hf_tokenizer.vocab_id_twice</name>
    <message>
        <source>&apos;%1&apos;: the vocabulary&apos;s id %2 is out of range or used twice.</source>
        <translation>&apos;%1&apos;：词表 id %2 超出范围或被重复使用。</translation>
    </message>
</context>
<context>
    <name>hf_weights.missing_tensor</name>
    <message>
        <source>&apos;%1&apos; is missing the tensor &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; 缺少张量 &apos;%2&apos;。</translation>
    </message>
</context>
<context>
    <name>hf_weights.unexpected_tensor</name>
    <message>
        <source>&apos;%1&apos; has a tensor &apos;%2&apos; that a %3 model of this configuration does not have.</source>
        <translation>&apos;%1&apos; 含有张量 &apos;%2&apos;，而该配置的 %3 模型没有这个张量。</translation>
    </message>
</context>
<context>
    <name>hf_weights.wrong_shape</name>
    <message>
        <source>&apos;%1&apos;: tensor &apos;%2&apos; has the wrong shape for this configuration.</source>
        <translation>&apos;%1&apos;：张量 &apos;%2&apos; 的形状与该配置不符。</translation>
    </message>
</context>
<context>
    <name>icl.copies_range</name>
    <message>
        <source>Copies per symbol must be between 1 and 1000.</source>
        <translation>每个符号的副本数必须在 1 到 1000 之间。</translation>
    </message>
</context>
<context>
    <name>icl.corpus_too_large</name>
    <message>
        <source>The synthetic corpus is limited to 256 MiB.</source>
        <translation>合成语料最大为 256 MiB。</translation>
    </message>
</context>
<context>
    <name>icl.empty_label</name>
    <message>
        <source>A label of the synthetic task is empty.</source>
        <translation>合成任务的某个标签为空。</translation>
    </message>
</context>
<context>
    <name>icl.example_label_invalid</name>
    <message>
        <source>An example has no valid label.</source>
        <translation>有一个样本没有有效的标签。</translation>
    </message>
</context>
<context>
    <name>icl.label_line_break</name>
    <message>
        <source>Labels cannot hold tabs or line breaks.</source>
        <translation>标签不能包含制表符或换行符。</translation>
    </message>
</context>
<context>
    <name>icl.label_twice</name>
    <message>
        <source>Label &apos;%1&apos; appears twice.</source>
        <translation>标签 &apos;%1&apos; 出现了两次。</translation>
    </message>
</context>
<context>
    <name>icl.mappings_range</name>
    <message>
        <source>The number of mappings must be between 1 and 10000.</source>
        <translation>映射数必须在 1 到 10000 之间。</translation>
    </message>
</context>
<context>
    <name>icl.no_symbols</name>
    <message>
        <source>The synthetic task needs input symbols.</source>
        <translation>合成任务需要输入符号。</translation>
    </message>
</context>
<context>
    <name>icl.pairs_per_line_range</name>
    <message>
        <source>Pairs per line must satisfy 1 &lt;= minimum &lt;= maximum &lt;= 10000.</source>
        <translation>每行的配对数必须满足 1 &lt;= 最小值 &lt;= 最大值 &lt;= 10000。</translation>
    </message>
</context>
<context>
    <name>icl.symbol_not_visible_ascii</name>
    <message>
        <source>Input symbols must be visible ASCII characters.</source>
        <translation>输入符号必须是可见的 ASCII 字符。</translation>
    </message>
</context>
<context>
    <name>icl.symbol_twice</name>
    <message>
        <source>Input symbol &apos;%1&apos; appears twice.</source>
        <translation>输入符号 &apos;%1&apos; 出现了两次。</translation>
    </message>
</context>
<context>
    <name>icl.symbols_per_mapping_range</name>
    <message>
        <source>Symbols per mapping must be between 1 and %1.</source>
        <translation>每个映射的符号数必须在 1 到 %1 之间。</translation>
    </message>
</context>
<context>
    <name>icl.too_few_labels</name>
    <message>
        <source>The synthetic task needs at least two labels.</source>
        <translation>合成任务至少需要两个标签。</translation>
    </message>
</context>
<context>
    <name>icl.tsv_line_break</name>
    <message>
        <source>A text with a tab or line break cannot be written as TSV.</source>
        <translation>含有制表符或换行符的文本无法写成 TSV。</translation>
    </message>
</context>
<context>
    <name>inspection.bart_predictions</name>
    <message>
        <source>Per-token predictions are shown for encoders and decoders, not for BART.</source>
        <translation>逐词元预测只对编码器和解码器显示，不适用于 BART。</translation>
    </message>
</context>
<context>
    <name>inspection.denoise_needs_bart</name>
    <message>
        <source>Denoising needs a BART model.</source>
        <translation>去噪需要 BART 模型。</translation>
    </message>
</context>
<context>
    <name>inspection.lstm_attention</name>
    <message>
        <source>An LSTM has no attention to show.</source>
        <translation>LSTM 没有可显示的注意力。</translation>
    </message>
</context>
<context>
    <name>inspection.next_token_needs_decoder</name>
    <message>
        <source>Only decoders predict the next token.</source>
        <translation>只有解码器才能预测下一个词元。</translation>
    </message>
</context>
<context>
    <name>inspection.no_classifier_head</name>
    <message>
        <source>This model has no classification head.</source>
        <translation>该模型没有分类头。</translation>
    </message>
</context>
<context>
    <name>json.invalid</name>
    <message>
        <source>&apos;%1&apos; is not valid JSON.</source>
        <translation>&apos;%1&apos; 不是有效的 JSON。</translation>
    </message>
</context>
<context>
    <name>json.invalid_detail</name>
    <message>
        <source>&apos;%1&apos; is not valid JSON (%2).</source>
        <translation>&apos;%1&apos; 不是有效的 JSON（%2）。</translation>
    </message>
</context>
<context>
    <name>json.not_object</name>
    <message>
        <source>&apos;%1&apos; is not a JSON object.</source>
        <translation>&apos;%1&apos; 不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>json.nul_byte</name>
    <message>
        <source>%1 has a NUL byte at offset %2 (JSON text must end with its value).</source>
        <translation>%1 在偏移 %2 处有 NUL 字节（JSON 文本必须在其值之后结束）。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::AppShell</name>
    <message>
        <source>%1 will be used from the next start: work is running now.</source>
        <translation>%1 将在下次启动时使用：当前有任务正在运行。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::AttentionColorScale</name>
    <message>
        <source>Blues</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Purples</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Oranges</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Greys</source>
        <translation>灰色</translation>
    </message>
</context>
<context>
    <name>lmw::ui::AttentionControls</name>
    <message>
        <source>Layer shown in the head view, or the average over all layers</source>
        <translation>头视图中显示的层，或所有层的平均</translation>
    </message>
    <message>
        <source>Head shown in the head view, or the average over all heads</source>
        <translation>头视图中显示的注意力头，或所有头的平均</translation>
    </message>
    <message>
        <source>Hide weights below this value, to see only the strong links</source>
        <translation>隐藏低于此值的权重，只显示强关联</translation>
    </message>
    <message>
        <source>Colours of the weights, from light (low) to dark (high)</source>
        <translation>权重的颜色，从浅（低）到深（高）</translation>
    </message>
    <message>
        <source>Contrast: below 1 brings out small weights, above 1 only the largest</source>
        <translation>对比度：小于 1 突出较小的权重，大于 1 只突出最大的权重</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Let the darkest colour stand for the largest weight shown</source>
        <translation>让最深的颜色对应所显示的最大权重</translation>
    </message>
    <message>
        <source>Weight drawn in the darkest colour</source>
        <translation>以最深颜色绘制的权重值</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>头</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>lmw::ui::AttentionExplorer</name>
    <message>
        <source>Model view: every layer and head</source>
        <translation>模型视图：所有层和头</translation>
    </message>
    <message>
        <source>Mean of heads</source>
        <translation>头平均</translation>
    </message>
    <message>
        <source>Add a column with each layer&apos;s average over its heads</source>
        <translation>添加一列，显示每一层在其所有头上的平均</translation>
    </message>
    <message>
        <source>Mean of layers</source>
        <translation>层平均</translation>
    </message>
    <message>
        <source>Add a row with each head&apos;s average over the layers</source>
        <translation>添加一行，显示每个头在所有层上的平均</translation>
    </message>
    <message>
        <source>Click a map to see it large in the head view</source>
        <translation>点击某张图，在头视图中放大查看</translation>
    </message>
    <message>
        <source>Head view: one map up close</source>
        <translation>头视图：单张图特写</translation>
    </message>
    <message>
        <source>Export Attention as PNG…</source>
        <translation>将注意力导出为 PNG…</translation>
    </message>
    <message>
        <source>Save the head view (map, labels and legend) as a PNG image</source>
        <translation>将头视图（图、标签和图例）保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Export Attention as SVG…</source>
        <translation>将注意力导出为 SVG…</translation>
    </message>
    <message>
        <source>Save the head view as an SVG drawing that stays sharp at any size</source>
        <translation>将头视图保存为 SVG 矢量图，任意尺寸下都保持清晰</translation>
    </message>
    <message>
        <source>Export Attention Weights as CSV…</source>
        <translation>将注意力权重导出为 CSV…</translation>
    </message>
    <message>
        <source>Save every weight of this kind of attention (all layers and heads) as a table</source>
        <translation>将此类注意力的所有权重（所有层和头）保存为表格</translation>
    </message>
    <message>
        <source>Copy Attention Image</source>
        <translation>复制注意力图像</translation>
    </message>
    <message>
        <source>Copy the head view to the clipboard as an image</source>
        <translation>将头视图作为图像复制到剪贴板</translation>
    </message>
    <message>
        <source>Export Attention as PNG</source>
        <translation>将注意力导出为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Attention as SVG</source>
        <translation>将注意力导出为 SVG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export Attention Weights as CSV</source>
        <translation>将注意力权重导出为 CSV</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>No attention recorded yet. Train a model or inspect a text to see where each token looks.</source>
        <translation>尚未记录注意力。请训练一个模型或检查一段文本，以查看每个词元关注的位置。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · step %4</source>
        <translation>%1 · %2 · %3 · 第 %4 步</translation>
    </message>
    <message>
        <source>Copied the attention map to the clipboard.</source>
        <translation>已将注意力图复制到剪贴板。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::AttentionExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>无法写入图像 %1。</translation>
    </message>
    <message>
        <source>Attention map</source>
        <translation>注意力图</translation>
    </message>
    <message>
        <source>Attention weights drawn by LLM Workbench</source>
        <translation>由 LLM Workbench 绘制的注意力权重</translation>
    </message>
    <message>
        <source>Cannot write the drawing %1.</source>
        <translation>无法写入矢量图 %1。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::AttentionGrid</name>
    <message>
        <source>avg</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>H%1</translation>
    </message>
    <message>
        <source>Head %1</source>
        <translation>头 %1</translation>
    </message>
    <message>
        <source>No layers to show.</source>
        <translation>没有可显示的层。</translation>
    </message>
    <message>
        <source>%1 · %2 — click to show it in the head view</source>
        <translation>%1 · %2 — 点击以在头视图中显示</translation>
    </message>
</context>
<context>
    <name>lmw::ui::AttentionHeatmap</name>
    <message>
        <source>decoder tokens (queries) ↓</source>
        <translation>解码器词元（查询）↓</translation>
    </message>
    <message>
        <source>queries: tokens looking ↓</source>
        <translation>查询：发出关注的词元 ↓</translation>
    </message>
    <message>
        <source>encoder tokens (keys) →</source>
        <translation>编码器词元（键）→</translation>
    </message>
    <message>
        <source>keys: tokens looked at →</source>
        <translation>键：被关注的词元 →</translation>
    </message>
    <message>
        <source>No attention map to show yet.</source>
        <translation>尚无可显示的注意力图。</translation>
    </message>
    <message>
        <source>Query %1 &lt;b&gt;%2&lt;/b&gt; → key %3 &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>查询 %1 &lt;b&gt;%2&lt;/b&gt; → 键 %3 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>“%1” → “%2”: %3</source>
        <translation>“%1” → “%2”：%3</translation>
    </message>
    <message>
        <source>padding, not part of the text</source>
        <translation>填充，不属于文本</translation>
    </message>
    <message>
        <source>masked, this key is in the query&apos;s future</source>
        <translation>已掩码，此键位于查询的未来位置</translation>
    </message>
    <message>
        <source>weight %1 (below the threshold %2)</source>
        <translation>权重 %1（低于阈值 %2）</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
</context>
<context>
    <name>lmw::ui::AttentionLegend</name>
    <message>
        <source>masked (future)</source>
        <translation>已掩码（未来）</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>lmw::ui::AttentionMatrices</name>
    <message>
        <source>Causal self-attention</source>
        <translation>因果自注意力</translation>
    </message>
    <message>
        <source>Self-attention</source>
        <translation>自注意力</translation>
    </message>
    <message>
        <source>Encoder self-attention</source>
        <translation>编码器自注意力</translation>
    </message>
    <message>
        <source>Decoder self-attention</source>
        <translation>解码器自注意力</translation>
    </message>
    <message>
        <source>Cross-attention</source>
        <translation>交叉注意力</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Each row is one token deciding where to look; each column is a token it can look at. A GPT-style model writes text from left to right, so a token may only look at itself and the tokens before it: everything right of the diagonal is the future and is masked (hatched), which is why the map is lower-triangular. Every row shares out a total weight of 1; darker cells got more of it.</source>
        <translation>每一行是一个正在决定关注哪里的词元；每一列是它可以关注的一个词元。GPT 式模型从左到右生成文本，因此一个词元只能关注它自身及其之前的词元：对角线右侧的一切都属于未来，会被掩码（以斜线标示），这就是该图呈下三角形的原因。每一行分配的权重总和为 1；颜色越深的格子分到的权重越多。</translation>
    </message>
    <message>
        <source>Each row is one token and each column a token it can gather information from. A BERT-style model reads the whole sentence at once, so a token may look both left and right: nothing is masked apart from padding. Every row shares out a total weight of 1; darker cells got more of it.</source>
        <translation>每一行是一个词元，每一列是它可以从中获取信息的一个词元。BERT 式模型一次读取整个句子，因此一个词元可以同时关注左右两侧：除填充外没有任何掩码。每一行分配的权重总和为 1；颜色越深的格子分到的权重越多。</translation>
    </message>
    <message>
        <source>The encoder reads the input text. Like BERT, each input token may look at every other input token, before or after it, so the whole square is in use (apart from padding). Every row shares out a total weight of 1.</source>
        <translation>编码器读取输入文本。与 BERT 一样，每个输入词元都可以关注其前后的所有其他输入词元，因此整个方阵都会用到（填充除外）。每一行分配的权重总和为 1。</translation>
    </message>
    <message>
        <source>The decoder writes the output one token at a time. Like GPT, an output token may only look at itself and the output written before it, so the future is masked (hatched) and the map is lower-triangular.</source>
        <translation>解码器每次输出一个词元。与 GPT 一样，一个输出词元只能关注它自身及之前已输出的内容，因此未来被掩码（以斜线标示），该图呈下三角形。</translation>
    </message>
    <message>
        <source>Here the decoder consults the encoder. Rows are output (decoder) tokens and columns are input (encoder) tokens, so the map need not be square. Nothing is masked by position: every output token may look at the whole input. Dark cells show which input words an output word relied on.</source>
        <translation>这里解码器在参考编码器。行是输出（解码器）词元，列是输入（编码器）词元，因此该图不一定是方阵。没有按位置进行掩码：每个输出词元都可以关注整个输入。深色格子表明一个输出词依赖了哪些输入词。</translation>
    </message>
    <message>
        <source>Each row is one token deciding where to look; each column is a token it can look at. Darker cells got more of the row&apos;s attention.</source>
        <translation>每一行是一个正在决定关注哪里的词元；每一列是它可以关注的一个词元。颜色越深的格子获得该行越多的注意力。</translation>
    </message>
    <message>
        <source>Average over layers</source>
        <translation>各层平均</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Average over heads</source>
        <translation>各头平均</translation>
    </message>
    <message>
        <source>Head %1</source>
        <translation>头 %1</translation>
    </message>
</context>
<context>
    <name>lmw::ui::AttentionPage</name>
    <message>
        <source>The sentence whose attention is shown; also the probe of the training timeline. ↵ stands for a line break.</source>
        <translation>显示其注意力的句子；也用作训练时间线的探测文本。↵ 表示换行。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the current model&apos;s attention on this text (Return)</source>
        <translation>显示当前模型在此文本上的注意力（Return）</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>打开运行…</translation>
    </message>
    <message>
        <source>Show the attention of a run folder, checkpoint or Hugging Face GPT-2 folder instead of the training model</source>
        <translation>显示某个运行文件夹、检查点或 Hugging Face GPT-2 文件夹的注意力，而非正在训练的模型</translation>
    </message>
    <message>
        <source>Record while training, every</source>
        <translation>训练时记录，每隔</translation>
    </message>
    <message>
        <source>Capture the attention on this sentence while a model trains, to scrub through later</source>
        <translation>在模型训练期间记录此句子上的注意力，以便之后拖动回看</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>Interval of the attention timeline</source>
        <translation>注意力时间线的记录间隔</translation>
    </message>
    <message>
        <source>Model: none yet. Train one on the Train tab, or open a run.</source>
        <translation>模型：暂无。请在“训练”选项卡中训练一个，或打开一个运行。</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Open a run folder or a Hugging Face GPT-2 folder</source>
        <translation>打开运行文件夹或 Hugging Face GPT-2 文件夹</translation>
    </message>
    <message>
        <source>Model: %1 (training; attention on the text every %2 steps)</source>
        <translation>模型：%1（训练中；每 %2 步记录一次文本上的注意力）</translation>
    </message>
    <message>
        <source>Snapshot at step %1 on “%2”</source>
        <translation>第 %1 步在“%2”上的快照</translation>
    </message>
    <message>
        <source>No model yet: train one on the Train tab, or open a run.</source>
        <translation>尚无模型：请在“训练”选项卡中训练一个，或打开一个运行。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::AttentionTimeline</name>
    <message>
        <source>Training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>Scrub through the training steps at which attention was recorded</source>
        <translation>拖动浏览记录了注意力的各个训练步</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>文本：“%1”</translation>
    </message>
    <message>
        <source>no snapshot</source>
        <translation>无快照</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>（第 %1 个，共 %2 个）</translation>
    </message>
</context>
<context>
    <name>lmw::ui::ClassifyTab</name>
    <message>
        <source>A text to classify.</source>
        <translation>要分类的文本。</translation>
    </message>
    <message>
        <source>The classification head reads this text (Ctrl+Return).</source>
        <translation>分类头读取此文本（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>The probability of each label (Ctrl+Return).</source>
        <translation>每个标签的概率（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Label probabilities appear here.</source>
        <translation>标签概率将显示在这里。</translation>
    </message>
    <message>
        <source>Label probabilities (sum %1)</source>
        <translation>标签概率（总和 %1）</translation>
    </message>
    <message>
        <source>The probability of each label of the model&apos;s classification head.</source>
        <translation>模型分类头给出的每个标签的概率。</translation>
    </message>
    <message>
        <source>This %1 model has no classification head (it was trained without classes).</source>
        <translation>此 %1 模型没有分类头（训练时未使用类别）。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::CompareChart</name>
    <message>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>loss (nats per predicted token)</source>
        <translation>损失（每个预测词元的奈特数）</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>解码器</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis</source>
        <translation>在对数坐标轴上显示损失</translation>
    </message>
    <message>
        <source>x: training steps</source>
        <translation>x：训练步</translation>
    </message>
    <message>
        <source>x: supervised tokens</source>
        <translation>x：受监督词元</translation>
    </message>
    <message>
        <source>x: seconds</source>
        <translation>x：秒</translation>
    </message>
    <message>
        <source>What the x-axis counts: optimizer steps; supervised tokens, the positions a model learns from (the encoder only its hidden tokens, the decoder every token); or wall-clock seconds</source>
        <translation>x 轴的计数内容：优化器步数；受监督词元数，即模型从中学习的位置（编码器仅为被遮盖的词元，解码器为每个词元）；或实际耗时秒数</translation>
    </message>
    <message>
        <source>%1 training (smoothed)</source>
        <translation>%1 训练（平滑）</translation>
    </message>
    <message>
        <source>%1 validation</source>
        <translation>%1 验证集</translation>
    </message>
    <message>
        <source>supervised tokens (positions with a target)</source>
        <translation>受监督词元（有目标的位置）</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>%1 step %2: %3</source>
        <translation>%1 第 %2 步：%3</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>lmw::ui::ComparePage</name>
    <message>
        <source>Train an encoder and a decoder of the same size on the same text</source>
        <translation>在同一文本上训练规模相同的编码器和解码器</translation>
    </message>
    <message>
        <source>The text both models learn from, with the same tokenizer</source>
        <translation>两个模型共同学习的文本，使用相同的分词器</translation>
    </message>
    <message>
        <source>Train both</source>
        <translation>同时训练</translation>
    </message>
    <message>
        <source>Train the encoder and the decoder side by side (Ctrl+Shift+B)</source>
        <translation>并排训练编码器和解码器（Ctrl+Shift+B）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop both trainings and any scoring in progress; checkpoints are kept</source>
        <translation>停止两个训练以及正在进行的评分；检查点会保留</translation>
    </message>
    <message>
        <source>Load encoder…</source>
        <translation>加载编码器…</translation>
    </message>
    <message>
        <source>Load decoder…</source>
        <translation>加载解码器…</translation>
    </message>
    <message>
        <source>Use a BERT or RoBERTa run you trained before</source>
        <translation>使用之前训练过的 BERT 或 RoBERTa 运行</translation>
    </message>
    <message>
        <source>Use a GPT or LSTM run you trained before</source>
        <translation>使用之前训练过的 GPT 或 LSTM 运行</translation>
    </message>
    <message>
        <source>Corpus:</source>
        <translation>语料：</translation>
    </message>
    <message>
        <source>encoder %p%</source>
        <translation>编码器 %p%</translation>
    </message>
    <message>
        <source>decoder %p%</source>
        <translation>解码器 %p%</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two ways to learn from the same text.&lt;/b&gt; The encoder hides some of the tokens and learns to guess them from &lt;i&gt;both&lt;/i&gt; sides; the decoder guesses &lt;i&gt;every&lt;/i&gt; next token from the left alone, so per step it gets several times more training signal (switch the x-axis to supervised tokens to compare them per signal). The dashed line is the unigram entropy: a model that only knows how often each token occurs sits there. Leaving it means the model has learned to use context; the dotted bigram line is what knowing the previous token is worth. &lt;b&gt;The result:&lt;/b&gt; the encoder fills a word the right side decides (&quot;the ___ mooed&quot;) that a decoder writing from the left cannot; the decoder continues text better. A decoder can still use the right side by scoring every candidate sentence whole, as GPT-3 does in cloze tasks (third column below).</source>
        <translation>&lt;b&gt;从同一段文本中学习的两种方式。&lt;/b&gt;编码器遮住部分词元，并学习从&lt;i&gt;两侧&lt;/i&gt;猜出它们；解码器只从左侧猜出&lt;i&gt;每一个&lt;/i&gt;下一个词元，因此每步得到的训练信号要多出数倍（将 x 轴切换为受监督词元，可按信号量比较二者）。虚线是一元熵：只知道每个词元出现频率的模型停留在这里。离开这条线，说明模型已学会利用上下文；点线是二元线，表示知道前一个词元的价值。&lt;b&gt;结果：&lt;/b&gt;编码器能填出由右侧决定的词（&quot;the ___ mooed&quot;），而从左往右书写的解码器做不到；解码器则更擅长续写文本。解码器仍可通过对每个候选句子整体打分来利用右侧信息，正如 GPT-3 在完形填空任务中所做的那样（见下方第三列）。</translation>
    </message>
    <message>
        <source>A sentence both models read; their attention and predictions are shown below</source>
        <translation>两个模型都会读取的句子；它们的注意力和预测显示在下方</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Run both models on this sentence (Return)</source>
        <translation>在这个句子上运行两个模型（Return）</translation>
    </message>
    <message>
        <source>Update while training</source>
        <translation>训练时更新</translation>
    </message>
    <message>
        <source>Refresh the views after every evaluation of either model</source>
        <translation>任一模型每次评估后都刷新视图</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>句子：</translation>
    </message>
    <message>
        <source>Probability of the true token:</source>
        <translation>真实词元的概率：</translation>
    </message>
    <message>
        <source>%1 (training, %2 parameters)</source>
        <translation>%1（训练中，%2 个参数）</translation>
    </message>
    <message>
        <source>%1 finished after %2 steps (validation loss %3).</source>
        <translation>%1 已在 %2 步后完成（验证集损失 %3）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>解码器</translation>
    </message>
    <message>
        <source>Choose a corpus first.</source>
        <translation>请先选择语料。</translation>
    </message>
    <message>
        <source>No workspace folder is set for the runs.</source>
        <translation>尚未为运行设置工作区文件夹。</translation>
    </message>
    <message>
        <source>Could not start the %1.</source>
        <translation>无法启动%1。</translation>
    </message>
    <message>
        <source>Training both models on %1 (%2 steps each, %3 thread(s) each).</source>
        <translation>正在 %1 上训练两个模型（每个 %2 步，每个 %3 个线程）。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Open an encoder run</source>
        <translation>打开编码器运行</translation>
    </message>
    <message>
        <source>Open a decoder run</source>
        <translation>打开解码器运行</translation>
    </message>
    <message>
        <source>The encoder side needs a BERT or RoBERTa run; %1 is a %2.</source>
        <translation>编码器一侧需要 BERT 或 RoBERTa 运行；%1 是 %2。</translation>
    </message>
    <message>
        <source>The decoder side needs a GPT or LSTM run; %1 is a %2.</source>
        <translation>解码器一侧需要 GPT 或 LSTM 运行；%1 是 %2。</translation>
    </message>
    <message>
        <source>%1 has no checkpoint yet.</source>
        <translation>%1 还没有检查点。</translation>
    </message>
    <message>
        <source>Loaded %1 as the %2.</source>
        <translation>已将 %1 加载为%2。</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>解码器</translation>
    </message>
    <message>
        <source>in the encoder&apos;s own tokens</source>
        <translation>以编码器自身的词元计</translation>
    </message>
    <message>
        <source>Train or load the models first.</source>
        <translation>请先训练或加载模型。</translation>
    </message>
    <message>
        <source>Export the comparison chart</source>
        <translation>导出比较图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;CSV numbers (*.csv)</source>
        <translation>PNG 图像 (*.png);;CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>lmw::ui::ComparePane</name>
    <message>
        <source>Encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>解码器</translation>
    </message>
    <message>
        <source>No model yet: train both, or load a run.</source>
        <translation>尚无模型：请训练两个模型，或加载一个运行。</translation>
    </message>
    <message>
        <source>Every token may look at every other token, left and right, so each attention square is filled on both sides of its diagonal. Below, each token is hidden in turn and guessed from everything around it.</source>
        <translation>每个词元都可以看到其他所有词元，包括左侧和右侧，因此每个注意力方块的对角线两侧都被填满。下方依次遮住每个词元，并根据其周围的全部内容来猜测它。</translation>
    </message>
    <message>
        <source>A token may look only at itself and the tokens before it: the upper right of every square is masked (hatched). Below, each token is guessed from the tokens to its left only, the question a text generator answers at every step.</source>
        <translation>词元只能看到自身及其之前的词元：每个方块的右上部分被掩码遮住（阴影线）。下方仅根据每个词元左侧的词元来猜测它，这正是文本生成器每一步要回答的问题。</translation>
    </message>
    <message>
        <source>Attention of every layer (rows) and head (columns) on the sentence; click one to open it in the Attention tab</source>
        <translation>句子上每一层（行）和每个头（列）的注意力；点击其中一个可在“注意力”标签页中打开</translation>
    </message>
    <message>
        <source>Predictions appear here.</source>
        <translation>预测结果显示在这里。</translation>
    </message>
    <message>
        <source>Mean probability of the true token: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>真实词元的平均概率：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>lmw::ui::CompareSettingsForm</name>
    <message>
        <source>Model size used for both models (layers, heads, width, context)</source>
        <translation>两个模型使用的模型规模（层数、头数、宽度、上下文）</translation>
    </message>
    <message>
        <source>The encoder&apos;s pretraining objective; the decoder always learns to predict the next token</source>
        <translation>编码器的预训练目标；解码器始终学习预测下一个词元</translation>
    </message>
    <message>
        <source>Optimizer steps for each model. A decoder leaves the plateau of letter frequencies within a hundred steps; an encoder must first learn to look at its neighbours, which rotary positions make quick (a few hundred steps at the tiny size).</source>
        <translation>每个模型的优化器步数。解码器在一百步以内就能离开字母频率的平台期；编码器必须先学会关注相邻词元，旋转位置编码能让这一过程变快（在最小规模下只需几百步）。</translation>
    </message>
    <message>
        <source>How both models know where each token is: learned absolute positions (the papers&apos;), rotary (RoPE) or ALiBi. With absolute positions an encoder needs thousands of steps to learn to look at its neighbours.</source>
        <translation>两个模型如何知道每个词元的位置：学习的绝对位置（论文中的做法）、旋转位置编码（RoPE）或 ALiBi。使用绝对位置时，编码器需要数千步才能学会关注相邻词元。</translation>
    </message>
    <message>
        <source>subwords (BPE, 500)</source>
        <translation>子词（BPE，500）</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>How both models cut text into tokens: subwords learned from the corpus (most words of the stories are one token, as in BERT and GPT-2), or single characters (a word is several masks for the encoder, which makes filling a word far harder)</source>
        <translation>两个模型如何将文本切分为词元：从语料中学习的子词（故事中的大多数单词都是一个词元，与 BERT 和 GPT-2 相同），或单个字符（对编码器而言一个单词就是多个掩码，这会让填出一个单词难得多）</translation>
    </message>
    <message>
        <source>One architecture</source>
        <translation>统一架构</translation>
    </message>
    <message>
        <source>Build the encoder from the decoder&apos;s own blocks (GPT&apos;s pre-LN layout), so the two differ only in the attention mask and the objective. Off: BERT&apos;s post-LN encoder.</source>
        <translation>用解码器自身的模块（GPT 的 pre-LN 布局）构建编码器，使两者仅在注意力掩码和训练目标上不同。关闭时：使用 BERT 的 post-LN 编码器。</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation>编码器：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <source>Positions:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>词元：</translation>
    </message>
    <message>
        <source>Encoder masking:</source>
        <translation>编码器掩码：</translation>
    </message>
    <message>
        <source>BERT (masked LM, static masks)</source>
        <translation>BERT（掩码语言模型，静态掩码）</translation>
    </message>
    <message>
        <source>BERT (masked LM + next sentence)</source>
        <translation>BERT（掩码语言模型 + 下一句预测）</translation>
    </message>
    <message>
        <source>RoBERTa (masked LM, dynamic masks)</source>
        <translation>RoBERTa（掩码语言模型，动态掩码）</translation>
    </message>
    <message>
        <source>character tokens</source>
        <translation>字符词元</translation>
    </message>
    <message>
        <source>%1 tokens (up to %2)</source>
        <translation>%1 词元（最多 %2 个）</translation>
    </message>
    <message>
        <source>%1 positions, %2</source>
        <translation>%1位置编码，%2</translation>
    </message>
    <message>
        <source>Both models are the same network (%1, GPT&apos;s pre-LN blocks, %2, the same steps, batch and learning rate); only the attention mask (both sides vs the left only) and the objective (hidden tokens vs every next token) differ.</source>
        <translation>两个模型是同一个网络（%1，GPT 的 pre-LN 模块，%2，相同的步数、批大小和学习率）；只有注意力掩码（看两侧 vs 只看左侧）和训练目标（被隐藏的词元 vs 每一个下一个词元）不同。</translation>
    </message>
    <message>
        <source>Both models have the same size, %1, steps and batch; the encoder keeps BERT&apos;s own post-LN block, so the networks differ in their layout as well as in the attention mask and the objective.</source>
        <translation>两个模型的规模、%1、步数和批大小都相同；编码器保留 BERT 自己的 post-LN 模块，因此两个网络除了注意力掩码和训练目标之外，结构也不同。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::ConfusionMatrixView</name>
    <message>
        <source>Test-set confusion matrix of the selected run: rows are the true labels, columns the predicted ones; the diagonal is correct. Right: precision and recall of each label.</source>
        <translation>所选运行的测试集混淆矩阵：行是真实标签，列是预测标签；对角线为正确预测。右侧：各标签的精确率和召回率。</translation>
    </message>
    <message>
        <source>The confusion matrix appears when a run has finished.</source>
        <translation>运行完成后将显示混淆矩阵。</translation>
    </message>
    <message>
        <source>predicted (%1)</source>
        <translation>预测（%1）</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
</context>
<context>
    <name>lmw::ui::CorpusPicker</name>
    <message>
        <source>The text the model learns from. Drop a UTF-8 text file here to use it.</source>
        <translation>模型学习所用的文本。将 UTF-8 文本文件拖放到此处即可使用。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a text file (Ctrl+O)</source>
        <translation>选择文本文件（Ctrl+O）</translation>
    </message>
    <message>
        <source>Bundled stories (%1 KB)</source>
        <translation>内置故事（%1 KB）</translation>
    </message>
    <message>
        <source>Simple stories generated from a small grammar: the structure the model must learn is known exactly.</source>
        <translation>由一个小型语法生成的简单故事：模型必须学习的结构是完全已知的。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Bundled stories</source>
        <translation>内置故事</translation>
    </message>
    <message>
        <source>Choose a training corpus</source>
        <translation>选择训练语料</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md *.text);;All files (*)</source>
        <translation>文本文件 (*.txt *.md *.text);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>%1 characters · %2 distinct · %3 for training, %4 for validation</source>
        <translation>%1 个字符 · %2 个不同字符 · %3 用于训练，%4 用于验证</translation>
    </message>
</context>
<context>
    <name>lmw::ui::DatasetOptionsForm</name>
    <message>
        <source>guess</source>
        <translation>自动猜测</translation>
    </message>
    <message>
        <source>Column (header name or 0-based index) or JSON key of the text; empty: guessed.</source>
        <translation>文本所在的列（表头名称或从 0 开始的索引）或 JSON 键；留空：自动猜测。</translation>
    </message>
    <message>
        <source>Column (header name or 0-based index) or JSON key of the label; empty: guessed.</source>
        <translation>标签所在的列（表头名称或从 0 开始的索引）或 JSON 键；留空：自动猜测。</translation>
    </message>
    <message>
        <source>Skip and list them</source>
        <translation>跳过并列出</translation>
    </message>
    <message>
        <source>Refuse the file</source>
        <translation>拒绝该文件</translation>
    </message>
    <message>
        <source>&lt;p&gt;What to do with a row that cannot be read (wrong number of columns, broken quoting or JSON, empty text or label).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Skip and list them&lt;/b&gt;: the row is left out and its line number is listed under the file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Refuse the file&lt;/b&gt;: the file is not used at all and the first such line is named; nothing can use it until the file is fixed or rows are skipped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;如何处理无法读取的行（列数错误、引号或 JSON 损坏、文本或标签为空）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;跳过并列出&lt;/b&gt;：忽略该行，并在文件下方列出其行号。&lt;/p&gt;&lt;p&gt;&lt;b&gt;拒绝该文件&lt;/b&gt;：完全不使用该文件，并指出第一处这样的行；在修复文件或选择跳过这些行之前，该文件无法使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>text column:</source>
        <translation>文本列：</translation>
    </message>
    <message>
        <source>label column:</source>
        <translation>标签列：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Malformed rows:</source>
        <translation>格式错误的行：</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>File format; automatic guesses from the extension and the content.</source>
        <translation>文件格式；“自动”会根据扩展名和内容猜测。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::DecisionGuide</name>
    <message>
        <source>Should the system behave like a person, e.g. a chatbot?</source>
        <translation>系统是否应该像人一样交流，例如聊天机器人？</translation>
    </message>
    <message>
        <source>Is the task hard enough to need abilities that only appear at scale, such as multi-step reasoning?</source>
        <translation>任务是否难到需要只有在大规模时才出现的能力，例如多步推理？</translation>
    </message>
    <message>
        <source>Must one model handle many different tasks?</source>
        <translation>是否必须由一个模型处理许多不同的任务？</translation>
    </message>
    <message>
        <source>Is the task far from predicting text, e.g. regression on a number?</source>
        <translation>任务是否与预测文本相去甚远，例如对数值做回归？</translation>
    </message>
    <message>
        <source>Do you have only a handful of labelled examples, or none?</source>
        <translation>您是否只有少量带标签的样本，甚至没有？</translation>
    </message>
    <message>
        <source>Will the inputs differ from any training data you have (new domains, unusual or adversarial text)?</source>
        <translation>输入是否会与您拥有的任何训练数据不同（新领域、不寻常或对抗性的文本）？</translation>
    </message>
    <message>
        <source>Is it open-ended or complex generation of text or code?</source>
        <translation>是否为开放式或复杂的文本或代码生成？</translation>
    </message>
    <message>
        <source>Does the task depend on broad world knowledge?</source>
        <translation>任务是否依赖广泛的世界知识？</translation>
    </message>
    <message>
        <source>Does the input itself contain the knowledge needed to answer?</source>
        <translation>输入本身是否包含回答所需的知识？</translation>
    </message>
    <message>
        <source>Does the task require knowledge that contradicts the real world (e.g. counterfactual or made-up facts)?</source>
        <translation>任务是否需要与现实世界相矛盾的知识（例如反事实或虚构的事实）？</translation>
    </message>
    <message>
        <source>Dialogue, role play, human-like writing.</source>
        <translation>对话、角色扮演、类人写作。</translation>
    </message>
    <message>
        <source>Arithmetic word problems, chains of logic.</source>
        <translation>算术应用题、逻辑链。</translation>
    </message>
    <message>
        <source>A general assistant instead of one classifier.</source>
        <translation>通用助手，而不是单一分类器。</translation>
    </message>
    <message>
        <source>Predicting a score, a price, a measurement.</source>
        <translation>预测分数、价格、测量值。</translation>
    </message>
    <message>
        <source>Zero-shot or few-shot settings.</source>
        <translation>零样本或少样本场景。</translation>
    </message>
    <message>
        <source>Domain shift, rare inputs, attacks.</source>
        <translation>领域偏移、罕见输入、攻击。</translation>
    </message>
    <message>
        <source>Stories, summaries, programs.</source>
        <translation>故事、摘要、程序。</translation>
    </message>
    <message>
        <source>Closed-book questions, exams across subjects.</source>
        <translation>闭卷问答、跨学科考试。</translation>
    </message>
    <message>
        <source>Reading comprehension over a given passage.</source>
        <translation>基于给定段落的阅读理解。</translation>
    </message>
    <message>
        <source>Reasoning inside a fictional or altered world.</source>
        <translation>在虚构或被改变的世界中推理。</translation>
    </message>
    <message>
        <source>Keep answering</source>
        <translation>继续回答</translation>
    </message>
    <message>
        <source>Use a large language model</source>
        <translation>使用大语言模型</translation>
    </message>
    <message>
        <source>Use a fine-tuned model</source>
        <translation>使用微调模型</translation>
    </message>
    <message>
        <source>Neither is reliable</source>
        <translation>两者都不可靠</translation>
    </message>
    <message>
        <source>Large models tuned on instructions and human feedback hold natural, open conversations; small fine-tuned models only handle the narrow exchanges they were trained on.</source>
        <translation>经过指令和人类反馈调优的大模型能进行自然、开放的对话；小型微调模型只能处理它们训练过的狭窄对话。</translation>
    </message>
    <message>
        <source>Skills such as multi-step arithmetic and chained reasoning show up only once models are very large; below that scale they stay near chance, so fine-tuning a small model will not produce them.</source>
        <translation>多步算术和链式推理等技能只有在模型非常大时才会出现；低于这一规模时，其表现接近随机水平，因此微调小模型无法获得这些能力。</translation>
    </message>
    <message>
        <source>One prompted LLM covers many tasks at once, while fine-tuned models are built one task at a time.</source>
        <translation>一个通过提示使用的 LLM 可以同时覆盖许多任务，而微调模型只能一次针对一个任务构建。</translation>
    </message>
    <message>
        <source>A text-predicting objective does not suit outputs such as continuous numbers; a fine-tuned model with a task-specific head, trained on your labels, is the better and cheaper fit.</source>
        <translation>预测文本的训练目标不适合连续数值之类的输出；在您的标签上训练、带有任务专用头的微调模型更合适，也更便宜。</translation>
    </message>
    <message>
        <source>With too few labels to train on, in-context learning lets an LLM work zero-shot or from a few examples in the prompt.</source>
        <translation>当标签太少、不足以训练时，上下文学习让 LLM 能以零样本方式或借助提示中的几个示例完成任务。</translation>
    </message>
    <message>
        <source>LLMs trained on huge, varied corpora cope better with domain shift and adversarial inputs; fine-tuned models tend to fail outside the data they saw.</source>
        <translation>在海量、多样的语料上训练的 LLM 更能应对领域偏移和对抗性输入；微调模型在其见过的数据之外往往会失效。</translation>
    </message>
    <message>
        <source>Open-ended writing, summaries judged by people and code generation are where LLMs clearly lead.</source>
        <translation>开放式写作、由人评判的摘要以及代码生成，是 LLM 明显领先的领域。</translation>
    </message>
    <message>
        <source>For ordinary understanding and generation tasks with enough labelled data (classification, tagging, extraction, most benchmark-style NLU), fine-tuned models usually match or beat LLMs at a fraction of the cost.</source>
        <translation>对于有足够标注数据的一般理解和生成任务（分类、标注、抽取、大多数基准式 NLU），微调模型通常能以极小的成本达到或超过 LLM。</translation>
    </message>
    <message>
        <source>When the input already holds the answer, an LLM&apos;s memorised knowledge adds little: a fine-tuned reader, or a small model with retrieval, does as well.</source>
        <translation>当输入中已包含答案时，LLM 记忆的知识帮助不大：微调的阅读模型或带检索的小模型同样能做好。</translation>
    </message>
    <message>
        <source>LLMs lean on what they memorised about the real world and resist contradicting it, and small models lack the knowledge anyway. The survey leaves this case open.</source>
        <translation>LLM 依赖其记忆的现实世界知识，并且不愿与之相悖，而小模型本来就缺乏这些知识。该综述未对这种情况给出结论。</translation>
    </message>
    <message>
        <source>LLMs store a great deal of world knowledge in their parameters and excel at closed-book questions that a small model cannot answer.</source>
        <translation>LLM 在参数中存储了大量世界知识，擅长小模型无法回答的闭卷问题。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::DecisionGuideWidget</name>
    <message>
        <source>&lt;b&gt;LLM or fine-tuned model?&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#6b7280&apos;&gt;The practical guide of the survey behind this tree asks these questions in order. Answer them for your task; the first decisive answer gives the recommendation. Here a &quot;fine-tuned model&quot; means a smaller model (under about 20B parameters) trained on your labelled data, and an &quot;LLM&quot; a large model used through prompts.&lt;/span&gt;</source>
        <translation>&lt;b&gt;LLM 还是微调模型？&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#6b7280&apos;&gt;这棵树所依据的综述中的实用指南按顺序提出以下问题。请针对您的任务逐一回答；第一个具有决定性的回答即给出建议。这里的“微调模型”指在您的标注数据上训练的较小模型（约 20B 参数以下），“LLM”指通过提示使用的大模型。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Answer question %1 to continue.</source>
        <translation>请回答问题 %1 以继续。</translation>
    </message>
    <message>
        <source>Decided by question %1: %2</source>
        <translation>由问题 %1 决定：%2</translation>
    </message>
</context>
<context>
    <name>lmw::ui::DenoiseTab</name>
    <message>
        <source>A text of one or more sentences to corrupt and rebuild.</source>
        <translation>要破坏并重建的文本，可包含一个或多个句子。</translation>
    </message>
    <message>
        <source>The original text: the noise below corrupts it, the model rebuilds it.</source>
        <translation>原始文本：下方的噪声会破坏它，模型再将其重建。</translation>
    </message>
    <message>
        <source>Noise (BART, Lewis et al. 2019)</source>
        <translation>噪声（BART，Lewis et al. 2019）</translation>
    </message>
    <message>
        <source>text infilling</source>
        <translation>文本填充</translation>
    </message>
    <message>
        <source>Spans with Poisson(λ) lengths become one mask each: the model must guess how much is missing.</source>
        <translation>长度服从 Poisson(λ) 分布的片段各自变为一个掩码：模型必须猜出缺失了多少内容。</translation>
    </message>
    <message>
        <source>Share of the tokens hidden in spans.</source>
        <translation>隐藏在片段中的词元比例。</translation>
    </message>
    <message>
        <source>λ = </source>
        <translation>λ = </translation>
    </message>
    <message>
        <source>Mean span length of text infilling (span lengths ~ Poisson(λ)).</source>
        <translation>文本填充的平均片段长度（片段长度 ~ Poisson(λ)）。</translation>
    </message>
    <message>
        <source>token masking</source>
        <translation>词元掩码</translation>
    </message>
    <message>
        <source>Single tokens replaced by the mask token, as in BERT.</source>
        <translation>将单个词元替换为掩码词元，与 BERT 相同。</translation>
    </message>
    <message>
        <source>Share of the tokens masked.</source>
        <translation>被掩码的词元比例。</translation>
    </message>
    <message>
        <source>token deletion</source>
        <translation>词元删除</translation>
    </message>
    <message>
        <source>Tokens removed without a trace: the model must find where.</source>
        <translation>词元被删除且不留痕迹：模型必须找出删除的位置。</translation>
    </message>
    <message>
        <source>Share of the tokens deleted.</source>
        <translation>被删除的词元比例。</translation>
    </message>
    <message>
        <source>sentence permutation</source>
        <translation>句子重排</translation>
    </message>
    <message>
        <source>The sentences are shuffled.</source>
        <translation>句子顺序被打乱。</translation>
    </message>
    <message>
        <source>document rotation</source>
        <translation>文档旋转</translation>
    </message>
    <message>
        <source>The text starts at a random token and wraps around.</source>
        <translation>文本从一个随机词元开始，并循环接回开头。</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>种子 </translation>
    </message>
    <message>
        <source>Same seed, same corruption.</source>
        <translation>相同的种子产生相同的破坏。</translation>
    </message>
    <message>
        <source>beams </source>
        <translation>束宽 </translation>
    </message>
    <message>
        <source>Beam-search width of the reconstruction (1 = greedy).</source>
        <translation>重建时的束搜索宽度（1 = 贪心）。</translation>
    </message>
    <message>
        <source>Corrupt and rebuild</source>
        <translation>破坏并重建</translation>
    </message>
    <message>
        <source>Apply the noise and let the model reconstruct the text (Ctrl+Return).</source>
        <translation>施加噪声，并让模型重建文本（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Corrupted input (marked: changed by the noise)</source>
        <translation>被破坏的输入（标记处：被噪声改动）</translation>
    </message>
    <message>
        <source>What the encoder reads. Marked tokens were introduced or moved by the noise.</source>
        <translation>编码器读取的内容。标记的词元是由噪声引入或移动的。</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>重建结果</translation>
    </message>
    <message>
        <source>What the decoder writes back.</source>
        <translation>解码器写回的内容。</translation>
    </message>
    <message>
        <source>%1 of the %2 corrupted tokens were introduced or moved by the noise (marked).</source>
        <translation>被破坏的 %2 个词元中有 %1 个是由噪声引入或移动的（已标记）。</translation>
    </message>
    <message>
        <source>Corrupt a text with BART&apos;s noise and watch the model rebuild it.</source>
        <translation>用 BART 的噪声破坏一段文本，并观察模型将其重建。</translation>
    </message>
    <message>
        <source>Denoising needs BART, which was trained to rebuild corrupted text; this is a %1 model.</source>
        <translation>去噪需要 BART，它经过训练可以重建被破坏的文本；这是一个 %1 模型。</translation>
    </message>
    <message>
        <source>Corrupted input:</source>
        <translation>被破坏的输入：</translation>
    </message>
    <message>
        <source>Reconstruction:</source>
        <translation>重建结果：</translation>
    </message>
</context>
<context>
    <name>lmw::ui::EvoNode</name>
    <message>
        <source>Encoder-only</source>
        <translation>仅编码器</translation>
    </message>
    <message>
        <source>Encoder-decoder</source>
        <translation>编码器-解码器</translation>
    </message>
    <message>
        <source>Decoder-only</source>
        <translation>仅解码器</translation>
    </message>
    <message>
        <source>Non-Transformer</source>
        <translation>非 Transformer</translation>
    </message>
</context>
<context>
    <name>lmw::ui::EvoTreeBackdrop</name>
    <message>
        <source>&lt; 2018</source>
        <translation>&lt; 2018</translation>
    </message>
</context>
<context>
    <name>lmw::ui::EvoTreeDetails</name>
    <message>
        <source>Train a tiny one</source>
        <translation>训练一个微型版本</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>模型详情</translation>
    </message>
    <message>
        <source>Click a model in the tree to see its paper, date, organisation, architecture, objective and lineage.</source>
        <translation>点击树中的模型，查看其论文、日期、机构、架构、训练目标和谱系。</translation>
    </message>
    <message>
        <source>Models the workbench can train (ULMFiT, BERT, RoBERTa, the GPT line, BART and the T5 line) offer a &quot;Train a tiny one&quot; button here.</source>
        <translation>工作台能够训练的模型（ULMFiT、BERT、RoBERTa、GPT 系列、BART 和 T5 系列）会在此处提供“训练一个微型版本”按钮。</translation>
    </message>
    <message>
        <source>open source</source>
        <translation>开源</translation>
    </message>
    <message>
        <source>closed source</source>
        <translation>闭源</translation>
    </message>
    <message>
        <source>added from your file</source>
        <translation>从您的文件添加</translation>
    </message>
    <message>
        <source>Opens the training panel preset to the %1 family with the %2 objective, at a size a laptop can train.</source>
        <translation>打开训练面板，预设为 %1 系列和 %2 训练目标，规模为笔记本电脑可以训练的大小。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Year row</source>
        <translation>年份行</translation>
    </message>
    <message>
        <source>before 2018 (root)</source>
        <translation>2018 年以前（根）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>open (filled box)</source>
        <translation>开源（实心框）</translation>
    </message>
    <message>
        <source>closed (hollow box)</source>
        <translation>闭源（空心框）</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>训练目标</translation>
    </message>
    <message>
        <source>Sub-branch</source>
        <translation>子分支</translation>
    </message>
    <message>
        <source>Published sizes</source>
        <translation>已发布的规模</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 层</translation>
    </message>
    <message>
        <source>width %1</source>
        <translation>宽度 %1</translation>
    </message>
    <message>
        <source>%1 heads</source>
        <translation>%1 个头</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>谱系</translation>
    </message>
    <message>
        <source>Builds on</source>
        <translation>基于</translation>
    </message>
    <message>
        <source>no earlier model in the tree</source>
        <translation>树中没有更早的模型</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>衍生出</translation>
    </message>
    <message>
        <source>no later model in the tree</source>
        <translation>树中没有更晚的模型</translation>
    </message>
    <message>
        <source>Drawn stem</source>
        <translation>图中枝干</translation>
    </message>
    <message>
        <source>splits from %1</source>
        <translation>从 %1 分出</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added from your file (line %1).</source>
        <translation>从您的文件添加（第 %1 行）。</translation>
    </message>
    <message>
        <source>Drawn in</source>
        <translation>绘制于</translation>
    </message>
    <message>
        <source>next-token prediction</source>
        <translation>下一个词元预测</translation>
    </message>
    <message>
        <source>masked language modelling</source>
        <translation>掩码语言建模</translation>
    </message>
    <message>
        <source>masked LM + next-sentence prediction</source>
        <translation>掩码语言模型 + 下一句预测</translation>
    </message>
    <message>
        <source>denoising</source>
        <translation>去噪</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>release date format (QDate)</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>lmw::ui::EvoTreeExporter</name>
    <message>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Evolutionary tree of LLMs</source>
        <translation>LLM 演化树</translation>
    </message>
    <message>
        <source>Exported from LLM Workbench</source>
        <translation>从 LLM Workbench 导出</translation>
    </message>
</context>
<context>
    <name>lmw::ui::EvoTreeFilterBar</name>
    <message>
        <source>Search models or organisations…</source>
        <translation>搜索模型或机构…</translation>
    </message>
    <message>
        <source>Highlights matching models and centres the tree on them. Press Enter to step through the matches.</source>
        <translation>高亮匹配的模型，并将树居中到这些模型上。按 Enter 可逐个浏览匹配项。</translation>
    </message>
    <message>
        <source>Which version of the survey&apos;s figure to show. Models added or changed compared with the version it was edited from are marked.</source>
        <translation>要显示综述中哪一版本的图。与其所依据的上一版本相比新增或更改的模型会被标记。</translation>
    </message>
    <message>
        <source>Figure version:</source>
        <translation>图的版本：</translation>
    </message>
    <message>
        <source>Branches:</source>
        <translation>分支：</translation>
    </message>
    <message>
        <source>Show or fade the %1 branch</source>
        <translation>显示或淡化 %1 分支</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>开源情况：</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>开源和闭源</translation>
    </message>
    <message>
        <source>Open only (filled)</source>
        <translation>仅开源（实心）</translation>
    </message>
    <message>
        <source>Closed only (hollow)</source>
        <translation>仅闭源（空心）</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>所有机构</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>匹配项：%1</translation>
    </message>
</context>
<context>
    <name>lmw::ui::EvoTreeLegend</name>
    <message>
        <source>Branches</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>开源情况</translation>
    </message>
    <message>
        <source>Filled: open source</source>
        <translation>实心：开源</translation>
    </message>
    <message>
        <source>Hollow: closed source</source>
        <translation>空心：闭源</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Added in the chosen version</source>
        <translation>在所选版本中新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Moved, renamed or new logo</source>
        <translation>移动、重命名或更换了标志</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Added from your file</source>
        <translation>从您的文件添加</translation>
    </message>
    <message>
        <source>Search match</source>
        <translation>搜索匹配</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>谱系</translation>
    </message>
</context>
<context>
    <name>lmw::ui::EvoTreeLoader</name>
    <message>
        <source>Built-in tree</source>
        <translation>内置树</translation>
    </message>
    <message>
        <source>the built-in tree resource is missing</source>
        <translation>缺少内置树资源</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>这不是常规文件</translation>
    </message>
    <message>
        <source>the file is %1 MB; extra-node files may be at most %2 MB</source>
        <translation>文件大小为 %1 MB；额外节点文件最多 %2 MB</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>this is a binary file, not JSON text</source>
        <translation>这是二进制文件，不是 JSON 文本</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>文件不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>JSON syntax error at column %1: %2</source>
        <translation>第 %1 列存在 JSON 语法错误：%2</translation>
    </message>
    <message>
        <source>field &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>字段 &quot;format&quot; 必须为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;nodes&quot; is missing or not an array</source>
        <translation>字段 &quot;nodes&quot; 缺失或不是数组</translation>
    </message>
    <message>
        <source>expected an object with a &quot;nodes&quot; array</source>
        <translation>应为包含 &quot;nodes&quot; 数组的对象</translation>
    </message>
    <message>
        <source>%1 nodes is more than the %2 an extra-node file may hold</source>
        <translation>%1 个节点超过了额外节点文件最多可容纳的 %2 个</translation>
    </message>
    <message>
        <source>node %1 is %2, not an object</source>
        <translation>节点 %1 是%2，而不是对象</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice in this file</source>
        <translation>ID &quot;%1&quot; 在此文件中被使用了两次</translation>
    </message>
    <message>
        <source>the file holds no nodes</source>
        <translation>文件中没有任何节点</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <source>a non-empty string is required</source>
        <translation>需要非空字符串</translation>
    </message>
    <message>
        <source>longer than 80 characters</source>
        <translation>超过 80 个字符</translation>
    </message>
    <message>
        <source>use letters, digits and . _ + - only</source>
        <translation>只能使用字母、数字以及 . _ + -</translation>
    </message>
    <message>
        <source>expected &quot;YYYY&quot; or &quot;YYYY-MM&quot;</source>
        <translation>应为 &quot;YYYY&quot; 或 &quot;YYYY-MM&quot;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>未知字段，已忽略</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <source>required: a year such as 2024, or null for a pre-2018 root</source>
        <translation>必填：年份，例如 2024；2018 年以前的根节点填 null</translation>
    </message>
    <message>
        <source>expected a whole year between %1 and %2 (or null), found %3</source>
        <translation>应为 %1 到 %2 之间的整数年份（或 null），实际为 %3</translation>
    </message>
    <message>
        <source>expected one of &quot;encoder-only&quot;, &quot;encoder-decoder&quot;, &quot;decoder-only&quot;, &quot;non-transformer&quot;</source>
        <translation>应为以下之一：&quot;encoder-only&quot;、&quot;encoder-decoder&quot;、&quot;decoder-only&quot;、&quot;non-transformer&quot;</translation>
    </message>
    <message>
        <source>an object with x and y</source>
        <translation>包含 x 和 y 的对象</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1 (a fraction of the figure)</source>
        <translation>应为 0 到 1 之间的数字（占图的比例）</translation>
    </message>
    <message>
        <source>expected an object with a &quot;params&quot; or &quot;name&quot; string</source>
        <translation>应为包含 &quot;params&quot; 或 &quot;name&quot; 字符串的对象</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
</context>
<context>
    <name>lmw::ui::EvoTreeModel</name>
    <message>
        <source>&quot;%1&quot; is already a built-in node; give this node another id</source>
        <translation>&quot;%1&quot; 已是内置节点；请为此节点另取一个 ID</translation>
    </message>
    <message>
        <source>no node called &quot;%1&quot;; the link was left out</source>
        <translation>不存在名为 &quot;%1&quot; 的节点；已省略该链接</translation>
    </message>
    <message>
        <source>no node called &quot;%1&quot;; drawn from the trunk instead</source>
        <translation>不存在名为 &quot;%1&quot; 的节点；改为从主干绘制</translation>
    </message>
    <message>
        <source>the parent links form a loop; link removed</source>
        <translation>父节点链接形成了循环；已移除该链接</translation>
    </message>
    <message>
        <source>All versions (union)</source>
        <translation>所有版本（合并）</translation>
    </message>
    <message>
        <source>v1 · first README figure</source>
        <translation>v1 · 首个 README 图</translation>
    </message>
    <message>
        <source>Paper figure (Fig. 1)</source>
        <translation>论文图（图 1）</translation>
    </message>
    <message>
        <source>v2 · still figure</source>
        <translation>v2 · 静态图</translation>
    </message>
    <message>
        <source>v3 · community update</source>
        <translation>v3 · 社区更新</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>lmw::ui::EvoTreeNodeItem</name>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>open source</source>
        <translation>开源</translation>
    </message>
    <message>
        <source>closed source</source>
        <translation>闭源</translation>
    </message>
    <message>
        <source>Before 2018 (root)</source>
        <translation>2018 年以前（根）</translation>
    </message>
    <message>
        <source>Added from your file</source>
        <translation>从您的文件添加</translation>
    </message>
    <message>
        <source>You can train a tiny one of these.</source>
        <translation>您可以训练一个此类模型的微型版本。</translation>
    </message>
    <message>
        <source>Click for details</source>
        <translation>点击查看详情</translation>
    </message>
</context>
<context>
    <name>lmw::ui::EvoTreeOrgChart</name>
    <message>
        <source>Open and closed models per organisation, for the version and filters shown. Click a bar to show only that organisation; click it again to show all.</source>
        <translation>按机构统计的开源和闭源模型数量，基于当前显示的版本和筛选条件。点击某个条形可只显示该机构；再次点击则显示全部。</translation>
    </message>
    <message>
        <source>Models per organisation</source>
        <translation>各机构的模型数量</translation>
    </message>
    <message>
        <source>open</source>
        <translation>开源</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>闭源</translation>
    </message>
    <message>
        <source>No models match the filters.</source>
        <translation>没有符合筛选条件的模型。</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
</context>
<context>
    <name>lmw::ui::EvoTreePage</name>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Which model?</source>
        <translation>选哪个模型？</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (wheel, pinch or +)</source>
        <translation>放大（滚轮、双指捏合或 +）</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (wheel, pinch or −)</source>
        <translation>缩小（滚轮、双指捏合或 −）</translation>
    </message>
    <message>
        <source>Fit Tree to View</source>
        <translation>使树适应视图</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole tree (F)</source>
        <translation>显示整棵树（F）</translation>
    </message>
    <message>
        <source>Add Models from File…</source>
        <translation>从文件添加模型…</translation>
    </message>
    <message>
        <source>Add models…</source>
        <translation>添加模型…</translation>
    </message>
    <message>
        <source>Add your own models (e.g. after 2023) from a JSON file</source>
        <translation>从 JSON 文件添加您自己的模型（例如 2023 年以后的模型）</translation>
    </message>
    <message>
        <source>Remove Added Models</source>
        <translation>移除添加的模型</translation>
    </message>
    <message>
        <source>Remove added</source>
        <translation>移除添加项</translation>
    </message>
    <message>
        <source>Remove the models added from your file</source>
        <translation>移除从您的文件添加的模型</translation>
    </message>
    <message>
        <source>Export Tree as PNG…</source>
        <translation>将树导出为 PNG…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the tree as it is shown as a PNG image</source>
        <translation>将当前显示的树保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Export Tree as SVG…</source>
        <translation>将树导出为 SVG…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Save the tree as it is shown as an SVG drawing</source>
        <translation>将当前显示的树保存为 SVG 矢量图</translation>
    </message>
    <message>
        <source>Models added from %1: %2.</source>
        <translation>从 %1 添加的模型：%2。</translation>
    </message>
    <message>
        <source>Add Models from File</source>
        <translation>从文件添加模型</translation>
    </message>
    <message>
        <source>Tree nodes (*.json);;All files (*)</source>
        <translation>树节点 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved the tree to %1.</source>
        <translation>已将树保存到 %1。</translation>
    </message>
    <message>
        <source>Export Tree as PNG</source>
        <translation>将树导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Tree as SVG</source>
        <translation>将树导出为 SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Showing every model from the four versions of the figure, as last drawn. Pick a version to see what it changed.</source>
        <translation>显示该图四个版本中的所有模型，按最后一次绘制的样子呈现。选择一个版本可查看它做了哪些更改。</translation>
    </message>
    <message>
        <source>The first version of the figure.</source>
        <translation>该图的第一个版本。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Compared with %1 — added: %2; changed: %3; removed: %4.</source>
        <translation>与 %1 相比——新增：%2；更改：%3；移除：%4。</translation>
    </message>
    <message>
        <source>Models added from your file: %1.</source>
        <translation>从您的文件添加的模型：%1。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::EvoTreeScene</name>
    <message>
        <source>Evolutionary tree of LLMs</source>
        <translation>LLM 演化树</translation>
    </message>
    <message>
        <source>After Yang et al., “Harnessing the Power of LLMs in Practice” (2023) · </source>
        <translation>依据 Yang et al.，“Harnessing the Power of LLMs in Practice”（2023） · </translation>
    </message>
    <message>
        <source>models: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>from your file: %1</source>
        <translation>来自您的文件：%1</translation>
    </message>
    <message>
        <source>%1 was drawn here in %2 and is not in this version</source>
        <translation>%1 在 %2 中绘制于此处，但不在此版本中</translation>
    </message>
    <message>
        <source>%1 was drawn here in %2</source>
        <translation>%1 在 %2 中绘制于此处</translation>
    </message>
</context>
<context>
    <name>lmw::ui::ExperimentFile</name>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>字段 &quot;%1&quot; 必须是%2。</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>%1 到 %2 之间的数</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation>64 位十六进制数字</translation>
    </message>
    <message>
        <source>Cannot read the corpus &apos;%1&apos;: %2.</source>
        <translation>无法读取语料“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot read the corpus &apos;%1&apos;.</source>
        <translation>无法读取语料“%1”。</translation>
    </message>
    <message>
        <source>The experiment&apos;s corpus &apos;%1&apos; does not exist here. Copy it to that path, or edit the path in the experiment file.</source>
        <translation>实验的语料“%1”在此处不存在。请把它复制到该路径，或在实验文件中修改路径。</translation>
    </message>
    <message>
        <source>The corpus &apos;%1&apos; is not the file the experiment was saved with (%2 bytes now, %3 then; the SHA-256 differs), so its run would not be the same. Use the original file.</source>
        <translation>语料“%1”不是保存实验时所用的文件（现在 %2 字节，当时 %3 字节；SHA-256 不同），因此训练结果会不一样。请使用原来的文件。</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid JSON (%2).</source>
        <translation>第 %1 行：文件不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>This is not an LLM Workbench experiment file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>这不是 LLM Workbench 实验文件（其 &quot;format&quot; 不是 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>This experiment file has format version %1, newer than this workbench reads (%2). Open it with a newer LLM Workbench.</source>
        <translation>此实验文件的格式版本为 %1，比本工作台能读取的版本（%2）更新。请用更新的 LLM Workbench 打开。</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
</context>
<context>
    <name>lmw::ui::FillMaskTab</name>
    <message>
        <source>Write a text with one or more mask tokens.</source>
        <translation>写一段包含一个或多个掩码词元的文本。</translation>
    </message>
    <message>
        <source>Every mask token of this text is predicted at once, from both sides.</source>
        <translation>同时从两侧预测这段文本中的每个掩码词元。</translation>
    </message>
    <message>
        <source>Insert mask</source>
        <translation>插入掩码</translation>
    </message>
    <message>
        <source>Put the model&apos;s mask token at the cursor.</source>
        <translation>在光标处插入模型的掩码词元。</translation>
    </message>
    <message>
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <source>How many candidates to show for each mask.</source>
        <translation>每个掩码显示多少个候选词。</translation>
    </message>
    <message>
        <source>Fill masks</source>
        <translation>填充掩码</translation>
    </message>
    <message>
        <source>Predict every mask (Ctrl+Return).</source>
        <translation>预测所有掩码（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>How masked LM training reads a sentence</source>
        <translation>掩码语言模型训练如何读取句子</translation>
    </message>
    <message>
        <source>During training an encoder sees its text with some tokens hidden: this shows one sentence in this model&apos;s own tokens, masked as training masks it</source>
        <translation>训练时，编码器看到的文本中有部分词元被隐藏：这里用该模型自己的词元显示一个句子，并按训练时的方式进行掩码</translation>
    </message>
    <message>
        <source>The sentence to mask</source>
        <translation>要掩码的句子</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>插入 %1</translation>
    </message>
    <message>
        <source>Write a text with one or more %1 tokens, e.g. &apos;Once upon a %1 there was a %1.&apos;</source>
        <translation>输入包含一个或多个 %1 词元的文本，例如 &apos;Once upon a %1 there was a %1.&apos;</translation>
    </message>
    <message>
        <source>Most likely: %1</source>
        <translation>最可能：%1</translation>
    </message>
    <message>
        <source>Mask %1 (token %2)</source>
        <translation>掩码 %1（词元 %2）</translation>
    </message>
    <message>
        <source>Encoders predict every masked token of a text at once.</source>
        <translation>编码器会一次性预测文本中所有被掩码的词元。</translation>
    </message>
    <message>
        <source>Fill-mask needs an encoder (BERT, RoBERTa); this is a %1 model.</source>
        <translation>填充掩码需要编码器（BERT、RoBERTa）；当前是 %1 模型。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::Formatting</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>lmw::ui::FreezeMap</name>
    <message>
        <source>Which layer groups the chosen classifier run trained (pick the run above the learning-rate plot): each row is a layer group (the head on top), each column an epoch. Blue: trainable in that epoch; grey: frozen. ULMFiT&apos;s gradual unfreezing trains only the head in epoch 1 and unfreezes one more group each epoch; the all-at-once baseline trains everything from the start.</source>
        <translation>所选分类器运行训练了哪些层组（在学习率图上方选择运行）：每一行是一个层组（头在最上方），每一列是一个轮次。蓝色：该轮次可训练；灰色：已冻结。ULMFiT 的逐步解冻在第 1 轮只训练头，之后每轮多解冻一组；一次性全部训练的基线从一开始就训练所有层。</translation>
    </message>
    <message>
        <source>The freeze map appears when the classifier starts.</source>
        <translation>分类器开始训练时会显示冻结图。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::GapTaskPanel</name>
    <message>
        <source>Fill in the missing word vs write the next word</source>
        <translation>填写缺失的词 vs 写出下一个词</translation>
    </message>
    <message>
        <source>How many words of held-out text are hidden</source>
        <translation>留出文本中隐藏多少个词</translation>
    </message>
    <message>
        <source>a whole word</source>
        <translation>整个词</translation>
    </message>
    <message>
        <source>one letter</source>
        <translation>一个字母</translation>
    </message>
    <message>
        <source>What each gap hides: a whole word, or a single letter inside a word</source>
        <translation>每个空缺隐藏的内容：整个词，或词中的单个字母</translation>
    </message>
    <message>
        <source>Score both models</source>
        <translation>为两个模型评分</translation>
    </message>
    <message>
        <source>Hide words of text neither model trained on and let each write them back (Ctrl+Shift+G)</source>
        <translation>隐藏两个模型都未训练过的文本中的词，让各模型把它们写回（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>Hidden words:</source>
        <translation>隐藏的词数：</translation>
    </message>
    <message>
        <source>Each hides:</source>
        <translation>每处隐藏：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Fill in: right side decides</source>
        <translation>填空：由右侧决定</translation>
    </message>
    <message>
        <source>Fill in: ordinary</source>
        <translation>填空：普通</translation>
    </message>
    <message>
        <source>Continue: right side decides</source>
        <translation>续写：由右侧决定</translation>
    </message>
    <message>
        <source>Continue: ordinary</source>
        <translation>续写：普通</translation>
    </message>
    <message>
        <source>Share of hidden words each model wrote back exactly (hover a cell for its tokens). &apos;Right side decides&apos;: words of a construction where a later word decides them, such as &quot;the ___ mooed&quot; (bundled stories only)</source>
        <translation>各模型准确写回的隐藏词所占比例（鼠标悬停在单元格上可查看其词元）。“由右侧决定”：指结构中由后面的词决定的词，例如 &quot;the ___ mooed&quot;（仅限内置故事）</translation>
    </message>
    <message>
        <source>words right (%)</source>
        <translation>答对的词（%）</translation>
    </message>
    <message>
        <source>fill in
(right decides)</source>
        <translation>填空
（由右侧决定）</translation>
    </message>
    <message>
        <source>fill in
(ordinary)</source>
        <translation>填空
（普通）</translation>
    </message>
    <message>
        <source>continue
(right decides)</source>
        <translation>续写
（由右侧决定）</translation>
    </message>
    <message>
        <source>continue
(ordinary)</source>
        <translation>续写
（普通）</translation>
    </message>
    <message>
        <source>Words of the held-out text are hidden. &lt;b&gt;Fill in&lt;/b&gt; gives the text on both sides of the gap; &lt;b&gt;continue&lt;/b&gt; gives only the text before it. The encoder reads the gap as [MASK] tokens and fills them by mask-predict, the letter it is surest of first. The decoder writes the word from the left, so for it both tasks are the same; or it &lt;i&gt;ranks&lt;/i&gt; candidate words by how likely it finds the whole sentence with each, which lets it use the right side too. Gaps where the right side decides (&quot;Somewhere nearby, the ___ mooed.&quot;, &quot;Mia took the ___ to sweep the floor.&quot;) are reported apart from ordinary words.</source>
        <translation>留出文本中的词被隐藏。&lt;b&gt;填空&lt;/b&gt;给出空缺两侧的文本；&lt;b&gt;续写&lt;/b&gt;只给出空缺之前的文本。编码器将空缺读作 [MASK] 词元，并通过掩码预测（mask-predict）来填充，先填最有把握的字母。解码器从左往右写出这个词，因此对它而言两项任务相同；或者它按整句中分别放入各候选词时的可能性对候选词进行&lt;i&gt;排序&lt;/i&gt;，从而也能利用右侧的信息。由右侧决定的空缺（&quot;Somewhere nearby, the ___ mooed.&quot;、&quot;Mia took the ___ to sweep the floor.&quot;）与普通词分开报告。</translation>
    </message>
    <message>
        <source>Scoring stopped.</source>
        <translation>评分已停止。</translation>
    </message>
    <message>
        <source>Scoring %1 hidden words on both models…</source>
        <translation>正在两个模型上为 %1 个隐藏词评分…</translation>
    </message>
    <message>
        <source>%1 of %2 words exactly right; %3 of their tokens</source>
        <translation>%2 个词中 %1 个完全正确；其词元的 %3</translation>
    </message>
    <message>
        <source>This text has no such gaps (the bundled stories do).</source>
        <translation>此文本中没有这类空缺（内置故事中有）。</translation>
    </message>
    <message>
        <source>Scored %1 hidden words.</source>
        <translation>已为 %1 个隐藏词评分。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::GenerateTab</name>
    <message>
        <source>Prompt: the text the model continues (BART: the text it rewrites)</source>
        <translation>提示：模型要续写的文本（BART：它要改写的文本）</translation>
    </message>
    <message>
        <source>Decoders continue this text; BART reads it as its source. Ctrl+Return runs.</source>
        <translation>解码器续写此文本；BART 将其作为源文本读取。按 Ctrl+Return 运行。</translation>
    </message>
    <message>
        <source>Generated tokens stream in here. Click one to see what else the model could have written there.</source>
        <translation>生成的词元会实时显示在这里。点击其中一个，可查看模型在该处还可能写出什么。</translation>
    </message>
    <message>
        <source>Grey: the prompt. Blue: generated tokens; click one for its next-token distribution.</source>
        <translation>灰色：提示。蓝色：生成的词元；点击一个可查看其下一个词元的分布。</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Generate from the loaded model (Ctrl+Return).</source>
        <translation>用已加载的模型生成（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>The model&apos;s ten most likely tokens at the clicked place; the token it wrote is orange.</source>
        <translation>模型在所点击位置最可能的十个词元；它实际写出的词元以橙色显示。</translation>
    </message>
    <message>
        <source>Click a generated token to see the model&apos;s top-10 choices there.</source>
        <translation>点击一个生成的词元，查看模型在该处的前 10 个选择。</translation>
    </message>
    <message>
        <source>BART decodes greedily or with beam search: sampling settings do not apply.</source>
        <translation>BART 使用贪心解码或束搜索：采样设置不适用。</translation>
    </message>
    <message>
        <source>BART reads the prompt as its source and writes its own version of it (try &lt;mask&gt; where words are missing).</source>
        <translation>BART 将提示作为源文本读取，并写出自己的版本（可在缺词处尝试使用 &lt;mask&gt;）。</translation>
    </message>
    <message>
        <source>Click any generated token to see the model&apos;s ten most likely choices at that place (Alt+Left/Right to step).</source>
        <translation>点击任意生成的词元，查看模型在该处最可能的十个选择（Alt+Left/Right 逐个切换）。</translation>
    </message>
    <message>
        <source>BART writes its whole output at once: next-token distributions are shown for decoders.</source>
        <translation>BART 一次性写出全部输出：下一个词元的分布仅对解码器显示。</translation>
    </message>
    <message>
        <source>Token %1 &apos;%2&apos;: the model&apos;s top 10 there</source>
        <translation>词元 %1 &apos;%2&apos;：模型在该处的前 10 个选择</translation>
    </message>
    <message>
        <source>Decoders continue the prompt; BART rewrites it. Click a generated token to see the alternatives.</source>
        <translation>解码器续写提示；BART 改写提示。点击生成的词元可查看其他候选。</translation>
    </message>
    <message>
        <source>%1 is an encoder: it does not write text, it fills masks (see Fill mask).</source>
        <translation>%1 是编码器：它不写文本，而是填充掩码（见“填充掩码”）。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::HyperparameterForm</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>GPT · decoder</source>
        <translation>GPT · 解码器</translation>
    </message>
    <message>
        <source>BERT · encoder</source>
        <translation>BERT · 编码器</translation>
    </message>
    <message>
        <source>RoBERTa · encoder</source>
        <translation>RoBERTa · 编码器</translation>
    </message>
    <message>
        <source>BART · encoder-decoder</source>
        <translation>BART · 编码器-解码器</translation>
    </message>
    <message>
        <source>LSTM · ULMFiT</source>
        <translation>LSTM · ULMFiT</translation>
    </message>
    <message>
        <source>Which kind of model to train: each family learns with the objective it was introduced with.</source>
        <translation>要训练哪种模型：每个系列都使用其提出时所用的目标进行学习。</translation>
    </message>
    <message>
        <source>What the model learns to predict.</source>
        <translation>模型学习预测的内容。</translation>
    </message>
    <message>
        <source>dynamic (RoBERTa: new masks every time)</source>
        <translation>动态（RoBERTa：每次都使用新掩码）</translation>
    </message>
    <message>
        <source>static (BERT: masks fixed once)</source>
        <translation>静态（BERT：掩码一次性固定）</translation>
    </message>
    <message>
        <source>Masked language modelling: choose fresh masks each time a sequence is seen, or fix them once as the original BERT did.</source>
        <translation>掩码语言建模：每次看到一个序列时都重新选择掩码，或像原始 BERT 那样一次性固定掩码。</translation>
    </message>
    <message>
        <source>Share of the tokens hidden for the model to restore (BERT: 15%); of these 80% become [MASK], 10% a random token, 10% stay.</source>
        <translation>被隐藏、由模型还原的词元所占比例（BERT：15%）；其中 80% 替换为 [MASK]，10% 替换为随机词元，10% 保持不变。</translation>
    </message>
    <message>
        <source>single tokens</source>
        <translation>单个词元</translation>
    </message>
    <message>
        <source>whole words</source>
        <translation>整词</translation>
    </message>
    <message>
        <source>spans (SpanBERT)</source>
        <translation>片段（SpanBERT）</translation>
    </message>
    <message>
        <source>What is hidden together: single tokens (BERT), every token of a word (whole-word masking) or runs of whole words (SpanBERT).</source>
        <translation>一起隐藏的内容：单个词元（BERT）、一个词的所有词元（整词掩码），或连续的若干整词（SpanBERT）。</translation>
    </message>
    <message>
        <source>How the model knows where each token is: learned absolute positions (GPT-2, BERT, BART; the only kind Hugging Face export takes), rotary positions (RoPE) or ALiBi.</source>
        <translation>模型如何得知每个词元的位置：可学习的绝对位置（GPT-2、BERT、BART；Hugging Face 导出仅支持这一种）、旋转位置编码（RoPE）或 ALiBi。</translation>
    </message>
    <message>
        <source>text infilling</source>
        <translation>文本填充</translation>
    </message>
    <message>
        <source>Spans of about three tokens become a single mask: the model must guess how much is missing.</source>
        <translation>约三个词元长的片段被替换为单个掩码：模型必须猜出缺失了多少内容。</translation>
    </message>
    <message>
        <source>Share of the tokens hidden in spans.</source>
        <translation>以片段形式隐藏的词元所占比例。</translation>
    </message>
    <message>
        <source>token masking</source>
        <translation>词元掩码</translation>
    </message>
    <message>
        <source>token deletion</source>
        <translation>词元删除</translation>
    </message>
    <message>
        <source>sentence permutation</source>
        <translation>句子重排</translation>
    </message>
    <message>
        <source>document rotation</source>
        <translation>文档旋转</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>BPE subwords</source>
        <translation>BPE 子词</translation>
    </message>
    <message>
        <source>unigram subwords</source>
        <translation>Unigram 子词</translation>
    </message>
    <message>
        <source>How text becomes tokens: one per character, or subwords learned from the corpus with SentencePiece (byte-pair encoding or a unigram model).</source>
        <translation>文本如何变成词元：每个字符一个词元，或用 SentencePiece 从语料中学习子词（字节对编码或 Unigram 模型）。</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Number of subword tokens to learn (automatic = suited to the corpus).</source>
        <translation>要学习的子词词元数量（自动 = 与语料相适应）。</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>系列(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>目标(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Masking</source>
        <translation>掩码(&amp;M)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>To&amp;kens</source>
        <translation>词元(&amp;K)</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>A model size: the parameter count below follows the corpus&apos;s vocabulary.</source>
        <translation>模型规模：下方的参数量随语料的词表而变化。</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>规模(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Positions</source>
        <translation>位置(&amp;P)</translation>
    </message>
    <message>
        <source>Transformer blocks stacked on top of each other.</source>
        <translation>相互堆叠的 Transformer 块数。</translation>
    </message>
    <message>
        <source>Attention heads per block; must divide the width.</source>
        <translation>每个块的注意力头数；必须能整除宽度。</translation>
    </message>
    <message>
        <source>Width of every token&apos;s vector (the residual stream).</source>
        <translation>每个词元向量的宽度（残差流）。</translation>
    </message>
    <message>
        <source>Context length: how many characters the model sees at once.</source>
        <translation>上下文长度：模型一次能看到多少个字符。</translation>
    </message>
    <message>
        <source>Probability of zeroing activations during training (0 = off).</source>
        <translation>训练期间将激活置零的概率（0 = 关闭）。</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>层数(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Heads</source>
        <translation>头数(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>宽度(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>上下文(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dropout</source>
        <translation>&amp;Dropout</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Sequences per optimizer step.</source>
        <translation>每个优化器步的序列数。</translation>
    </message>
    <message>
        <source>Optimizer steps in total.</source>
        <translation>优化器总步数。</translation>
    </message>
    <message>
        <source>Peak learning rate, reached after the warmup.</source>
        <translation>峰值学习率，预热结束后达到。</translation>
    </message>
    <message>
        <source>Learning rate at the end of the cosine decay.</source>
        <translation>余弦衰减结束时的学习率。</translation>
    </message>
    <message>
        <source>Steps of linear warmup from zero to the peak rate.</source>
        <translation>从零线性预热到峰值学习率的步数。</translation>
    </message>
    <message>
        <source>AdamW weight decay, applied to weight matrices only.</source>
        <translation>AdamW 权重衰减，仅作用于权重矩阵。</translation>
    </message>
    <message>
        <source>AdamW&apos;s second-moment decay (beta2).</source>
        <translation>AdamW 的二阶矩衰减率（beta2）。</translation>
    </message>
    <message>
        <source>Largest allowed gradient norm (0 = no clipping).</source>
        <translation>允许的最大梯度范数（0 = 不裁剪）。</translation>
    </message>
    <message>
        <source>Measure the validation loss and save a checkpoint every N steps.</source>
        <translation>每 N 步测量一次验证集损失并保存检查点。</translation>
    </message>
    <message>
        <source>Batches averaged per evaluation.</source>
        <translation>每次评估平均的批次数。</translation>
    </message>
    <message>
        <source>Same seed and thread count: same run.</source>
        <translation>相同的种子和线程数：得到相同的运行结果。</translation>
    </message>
    <message>
        <source>CPU threads for training; 0 uses all %1 cores.</source>
        <translation>用于训练的 CPU 线程数；0 表示使用全部 %1 个核心。</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>批大小(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Iterations</source>
        <translation>迭代次数(&amp;I)</translation>
    </message>
    <message>
        <source>Learning &amp;rate</source>
        <translation>学习率(&amp;R)</translation>
    </message>
    <message>
        <source>Mi&amp;n. rate</source>
        <translation>最小学习率(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Warmup</source>
        <translation>预热(&amp;W)</translation>
    </message>
    <message>
        <source>Weight deca&amp;y</source>
        <translation>权重衰减(&amp;Y)</translation>
    </message>
    <message>
        <source>Beta&amp;2</source>
        <translation>Beta&amp;2</translation>
    </message>
    <message>
        <source>Gradient c&amp;lip</source>
        <translation>梯度裁剪(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Evaluate every</source>
        <translation>评估间隔(&amp;E)</translation>
    </message>
    <message>
        <source>Eval &amp;batches</source>
        <translation>评估批次数(&amp;B)</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>种子(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>线程数(&amp;T)</translation>
    </message>
    <message>
        <source>next token (causal LM)</source>
        <translation>下一个词元（因果语言模型）</translation>
    </message>
    <message>
        <source>masked tokens (masked LM)</source>
        <translation>掩码词元（掩码语言模型）</translation>
    </message>
    <message>
        <source>masked tokens + next sentence</source>
        <translation>掩码词元 + 下一句</translation>
    </message>
    <message>
        <source>denoising (rebuild the text)</source>
        <translation>去噪（重建文本）</translation>
    </message>
    <message>
        <source>The width (%1) must be divisible by the number of heads (%2).</source>
        <translation>宽度（%1）必须能被注意力头数（%2）整除。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 parameters&lt;/b&gt; · about %2 to train · %3 positions</source>
        <translation>&lt;b&gt;%1 个参数&lt;/b&gt; · 训练约需 %2 · %3位置编码</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&lt;br&gt;More than the %1 of free memory: reduce the size or the batch.</source>
        <translation>&lt;br&gt;超过了 %1 的可用内存：请减小模型规模或批大小。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::IclCurveChart</name>
    <message>
        <source>While the ICL preset trains: accuracy on held-out mappings against the training step, one line per k, measured at every evaluation. The dashed line is chance; the dotted line the validation loss (right axis). Few-shot learning shows as the k &gt; 0 lines leaving chance while k = 0 stays there.</source>
        <translation>ICL 预设训练期间：在留出映射上的准确率随训练步数的变化，每个 k 一条线，每次评估时测量。虚线表示随机水平；点线表示验证集损失（右轴）。少样本学习表现为 k &gt; 0 的线离开随机水平，而 k = 0 的线保持不变。</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证集损失</translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message>
        <source>chance (1/%1)</source>
        <translation>随机水平（1/%1）</translation>
    </message>
    <message>
        <source>validation loss (right axis)</source>
        <translation>验证集损失（右轴）</translation>
    </message>
</context>
<context>
    <name>lmw::ui::IclPresetTrainer</name>
    <message>
        <source>&lt;p&gt;Trains a small character-level %1 (%2 layers, %3 heads, width %4, context %5) for %6 steps of %7 sequences on the synthetic in-context-learning corpus, a few minutes on 2 CPU cores.&lt;/p&gt;&lt;p&gt;Every %8 steps it measures accuracy for k = %9 on %10 held-out mappings; the &lt;b&gt;During training&lt;/b&gt; chart shows few-shot accuracy leave chance while zero-shot stays there. The run goes into a new folder (icl-preset, icl-preset-2, …) of the folder you choose; when it ends it becomes this lab&apos;s model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在合成的上下文学习语料上，训练一个小型字符级 %1（%2 层、%3 个头、宽度 %4、上下文 %5），共 %6 步，每步 %7 个序列，在 2 个 CPU 核心上需要几分钟。&lt;/p&gt;&lt;p&gt;每 %8 步在 %10 个留出映射上测量 k = %9 时的准确率；&lt;b&gt;训练期间&lt;/b&gt;图表显示少样本准确率逐渐离开随机水平，而零样本准确率保持不变。运行会保存到你所选文件夹中的一个新文件夹（icl-preset、icl-preset-2、…）；运行结束后，它将成为本实验室的模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <source>%1  (about %2 left)</source>
        <translation>%1  （约剩 %2）</translation>
    </message>
</context>
<context>
    <name>lmw::ui::LabelledDatasetPicker</name>
    <message>
        <source>CSV, TSV, JSON Lines or TREC file</source>
        <translation>CSV、TSV、JSON Lines 或 TREC 文件</translation>
    </message>
    <message>
        <source>Choose a labelled dataset (CSV, TSV, JSONL or TREC).</source>
        <translation>选择一个带标签的数据集（CSV、TSV、JSONL 或 TREC）。</translation>
    </message>
    <message>
        <source>Examples, labels with their counts, and rows that could not be read (with their line numbers).</source>
        <translation>示例、各标签及其数量，以及无法读取的行（附行号）。</translation>
    </message>
    <message>
        <source>Open a labelled dataset</source>
        <translation>打开带标签的数据集</translation>
    </message>
    <message>
        <source>Labelled data (*.csv *.tsv *.jsonl *.json *.txt *.label);;All files (*)</source>
        <translation>带标签的数据 (*.csv *.tsv *.jsonl *.json *.txt *.label);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>1 example</source>
        <translation>1 个示例</translation>
    </message>
    <message>
        <source>%1 examples</source>
        <translation>%1 个示例</translation>
    </message>
    <message>
        <source> in %1 tasks</source>
        <translation> 分属 %1 个任务</translation>
    </message>
    <message>
        <source> (text: %1, label: %2)</source>
        <translation> (文本：%1，标签：%2)</translation>
    </message>
    <message>
        <source>%1 labels: </source>
        <translation>%1 个标签： </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>1 row skipped</source>
        <translation>跳过了 1 行</translation>
    </message>
    <message>
        <source>%1 rows skipped</source>
        <translation>跳过了 %1 行</translation>
    </message>
</context>
<context>
    <name>lmw::ui::Language</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>lmw::ui::LoadIssue</name>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot;</source>
        <translation>节点 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, node &quot;%1&quot;</source>
        <translation>，节点 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;</source>
        <translation>字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, field &quot;%1&quot;</source>
        <translation>，字段 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>lmw::ui::LoadResult</name>
    <message>
        <source>%1 could not be used.</source>
        <translation>无法使用 %1。</translation>
    </message>
    <message>
        <source>%1: nodes read: %2.</source>
        <translation>%1：已读取的节点：%2。</translation>
    </message>
    <message>
        <source>… and more problems: %1.</source>
        <translation>… 以及更多问题：%1。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::LossChart</name>
    <message>
        <source>Exponential moving average of the training loss, corrected for its start-up bias. The raw loss stays visible underneath.</source>
        <translation>训练损失的指数移动平均，已校正其初始偏差。原始损失仍在下方可见。</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>对数坐标(&amp;L)</translation>
    </message>
    <message>
        <source>Logarithmic loss axis: late, small improvements become visible.</source>
        <translation>对数损失坐标轴：后期的微小改进也能看清。</translation>
    </message>
    <message>
        <source>Learning &amp;rate</source>
        <translation>学习率(&amp;R)</translation>
    </message>
    <message>
        <source>Show the learning-rate schedule on the right-hand axis.</source>
        <translation>在右侧坐标轴上显示学习率调度。</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适配视图(&amp;F)</translation>
    </message>
    <message>
        <source>Show all data again (or double-click the chart).</source>
        <translation>重新显示全部数据（或双击图表）。</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>loss (cross-entropy, nats)</source>
        <translation>损失（交叉熵，nats）</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>train (raw)</source>
        <translation>训练（原始）</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>%1 · train</source>
        <translation>%1 · 训练</translation>
    </message>
    <message>
        <source>%1 · validation</source>
        <translation>%1 · 验证集</translation>
    </message>
    <message>
        <source>step %1 · train %2</source>
        <translation>第 %1 步 · 训练 %2</translation>
    </message>
    <message>
        <source> (smoothed %1)</source>
        <translation> (平滑后 %1)</translation>
    </message>
    <message>
        <source> · validation %1</source>
        <translation> · 验证集 %1</translation>
    </message>
    <message>
        <source> · lr %1</source>
        <translation> · 学习率 %1</translation>
    </message>
    <message>
        <source>Could not write the image &apos;%1&apos;.</source>
        <translation>无法写入图像“%1”。</translation>
    </message>
    <message>
        <source>Could not write the PDF &apos;%1&apos;.</source>
        <translation>无法写入 PDF“%1”。</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>Exported from LLM Workbench</source>
        <translation>导出自 LLM Workbench</translation>
    </message>
    <message>
        <source>Could not write the SVG &apos;%1&apos;.</source>
        <translation>无法写入 SVG“%1”。</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>lmw::ui::MainWindow</name>
    <message>
        <source>LLM Workbench</source>
        <translation>LLM Workbench</translation>
    </message>
    <message>
        <source>&amp;Evolutionary tree</source>
        <translation>演化树(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Attention</source>
        <translation>注意力(&amp;A)</translation>
    </message>
    <message>
        <source>Encoder vs &amp;decoder</source>
        <translation>编码器 vs 解码器(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation>试验场(&amp;P)</translation>
    </message>
    <message>
        <source>Prompt &amp;lab</source>
        <translation>提示实验室(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;ULMFiT</source>
        <translation>&amp;ULMFiT</translation>
    </message>
    <message>
        <source>Attention maps of a model on any text, and how they changed while it trained</source>
        <translation>模型在任意文本上的注意力图，以及它们在训练过程中的变化</translation>
    </message>
    <message>
        <source>An encoder and a decoder of the same size on the same text, side by side</source>
        <translation>规模相同的编码器和解码器在同一文本上并排对比</translation>
    </message>
    <message>
        <source>Try a model by hand: generate, fill masks, denoise, classify</source>
        <translation>亲手试用模型：生成、填充掩码、去噪、分类</translation>
    </message>
    <message>
        <source>Zero- and few-shot classification by prompting a decoder: accuracy and calibration against k</source>
        <translation>通过提示解码器进行零样本和少样本分类：准确率和校准随 k 的变化</translation>
    </message>
    <message>
        <source>ULMFiT transfer learning: pretrain an LSTM LM, fine-tune it on the task, then a classifier with gradual unfreezing; compare with baselines</source>
        <translation>ULMFiT 迁移学习：预训练一个 LSTM 语言模型，在任务上对其微调，再用逐步解冻训练分类器；并与基线比较</translation>
    </message>
    <message>
        <source>Ready. Choose a corpus and a model size, then press Start (Ctrl+Enter).</source>
        <translation>就绪。请选择语料和模型规模，然后按“开始”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>%1 (the model on the Train tab)</source>
        <translation>%1（“训练”选项卡上的模型）</translation>
    </message>
    <message>
        <source>Attention at step %1, the snapshot nearest step %2.</source>
        <translation>第 %1 步的注意力，即最接近第 %2 步的快照。</translation>
    </message>
    <message>
        <source>Attention on the selected prompt; the last row is the query.</source>
        <translation>所选提示上的注意力；最后一行是查询。</translation>
    </message>
    <message>
        <source>No model yet: train one on the Train tab first.</source>
        <translation>还没有模型：请先在“训练”选项卡上训练一个。</translation>
    </message>
    <message>
        <source>the model on the Train tab</source>
        <translation>“训练”选项卡上的模型</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;corpus…</source>
        <translation>打开语料(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;run folder…</source>
        <translation>打开运行文件夹(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose &amp;workspace…</source>
        <translation>选择工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the loss chart as PNG, PDF or SVG, or its numbers as CSV.</source>
        <translation>将损失图表保存为 PNG、PDF 或 SVG，或将其数据保存为 CSV。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Tr&amp;ee</source>
        <translation>演化树(&amp;E)</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>训练(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Generate sample</source>
        <translation>生成样本(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Try the model in the Playground</source>
        <translation>在试验场中试用模型(&amp;T)</translation>
    </message>
    <message>
        <source>Train encoder and &amp;decoder</source>
        <translation>训练编码器和解码器(&amp;D)</translation>
    </message>
    <message>
        <source>On the Encoder vs decoder tab</source>
        <translation>在“编码器 vs 解码器”选项卡上</translation>
    </message>
    <message>
        <source>&amp;Show attention on the text</source>
        <translation>在文本上显示注意力(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open run…</source>
        <translation>打开运行(&amp;O)…</translation>
    </message>
    <message>
        <source>Export the &amp;comparison chart…</source>
        <translation>导出对比图表(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Logarithmic loss axis</source>
        <translation>对数损失坐标轴(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Refresh runs</source>
        <translation>刷新运行列表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About LLM Workbench</source>
        <translation>关于 LLM Workbench(&amp;A)</translation>
    </message>
    <message>
        <source>Preset: a tiny %1 model learning &apos;%2&apos;. Press Start (Ctrl+Enter).</source>
        <translation>预设：一个学习“%2”的微型 %1 模型。按“开始”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About LLM Workbench</source>
        <translation>关于 LLM Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LLM Workbench&lt;/h3&gt;&lt;p&gt;Train small language models of each family in the history of LLMs and watch them learn.&lt;/p&gt;&lt;p&gt;Qt %1 · LibTorch (CPU) · QCustomPlot&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LLM Workbench&lt;/h3&gt;&lt;p&gt;训练 LLM 发展史上各个系列的小型语言模型，并观察它们如何学习。&lt;/p&gt;&lt;p&gt;Qt %1 · LibTorch (CPU) · QCustomPlot&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stopping training and saving its checkpoint…</source>
        <translation>正在停止训练并保存检查点…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the interface; remembered for the next start.</source>
        <translation>界面语言；下次启动时仍会保留。</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, larger text and lines on every page, advanced controls hidden: for a projector. F11 again to leave.</source>
        <translation>全屏，所有页面的文字和线条放大，隐藏高级控件：适合投影。再按 F11 退出。</translation>
    </message>
    <message>
        <source>Presenter &amp;text size</source>
        <translation>演示文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;High contrast when presenting</source>
        <translation>演示时使用高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Black on white with colour-blind-safe accents while presenting.</source>
        <translation>演示时白底黑字，强调色对色盲友好。</translation>
    </message>
    <message>
        <source>Open e&amp;xperiment…</source>
        <translation>打开实验(&amp;X)…</translation>
    </message>
    <message>
        <source>Open an experiment file: the tab, corpora and every setting as they were saved.</source>
        <translation>打开实验文件：选项卡、语料和所有设置都恢复为保存时的样子。</translation>
    </message>
    <message>
        <source>&amp;Save experiment…</source>
        <translation>保存实验(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the tab, the corpora and every setting of the Train and Encoder vs decoder tabs as one file to share; opening it reproduces the run.</source>
        <translation>把当前选项卡、语料以及“训练”和“编码器 vs 解码器”选项卡的所有设置保存为一个可分享的文件；打开它即可复现这次运行。</translation>
    </message>
    <message>
        <source>Work is running: stop it before opening an experiment, so that no run is left half-configured.</source>
        <translation>有任务正在运行：请先停止，再打开实验，以免运行只配置了一半。</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Experiment saved to %1.</source>
        <translation>实验已保存到 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; an experiment file is at most %3.</source>
        <translation>%1 有 %2 字节；实验文件最多 %3 字节。</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>%1 was not opened. %2</source>
        <translation>未打开 %1。%2</translation>
    </message>
    <message>
        <source>Experiment %1 opened: press Start to run it.</source>
        <translation>已打开实验 %1：按“开始”即可运行。</translation>
    </message>
    <message>
        <source>Experiments (*.lmw.json *.json)</source>
        <translation>实验 (*.lmw.json *.json)</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Start training&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pause / resume&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stop (keeps a checkpoint)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;While paused: change the learning rate&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Generate a sample / stop it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open a corpus file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save an experiment file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Presenter mode on / off&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Export the chart&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Logarithmic loss axis&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the runs list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Try the training model in the Playground&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show attention on the text&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Train encoder and decoder (comparison)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Score the fill-in vs continue task&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return / Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Run / stop in the Playground, the Prompt lab and ULMFiT&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Click the loss curve&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Attention at that step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Double-click chart&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fit all data&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;开始训练&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;暂停 / 继续&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;停止（保留检查点）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;暂停时：修改学习率&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;生成样本 / 停止生成&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打开语料文件&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;保存实验文件&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;演示模式 开 / 关&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;导出图表&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;对数损失坐标轴&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;刷新运行列表&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;在试验场中试用正在训练的模型&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;在文本上显示注意力&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;训练编码器和解码器（对比）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;为填空 vs 续写任务评分&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return / Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;在试验场、提示实验室和 ULMFiT 中运行 / 停止&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;单击损失曲线&lt;/b&gt;&lt;/td&gt;&lt;td&gt;查看该步的注意力&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;双击图表&lt;/b&gt;&lt;/td&gt;&lt;td&gt;显示全部数据&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>lmw::ui::MaskingControls</name>
    <message>
        <source>Share of the tokens the encoder hides and learns to restore (BERT: 15%; Wettig et al. 2022 found 40% better for some models). Only hidden tokens give the encoder a training signal, so a higher rate means more signal per step and less context per guess.</source>
        <translation>编码器隐藏并学习还原的词元所占比例（BERT：15%；Wettig 等人 2022 年发现 40% 对某些模型效果更好）。只有被隐藏的词元才会为编码器提供训练信号，因此比例越高，每步的信号越多，但每次猜测可用的上下文越少。</translation>
    </message>
    <message>
        <source>Of the hidden tokens: the share replaced by [MASK] (BERT: 80%)</source>
        <translation>在被隐藏的词元中：替换为 [MASK] 的比例（BERT：80%）</translation>
    </message>
    <message>
        <source>Of the hidden tokens: the share replaced by a random token (BERT: 10%), so the model cannot trust that every visible token is real</source>
        <translation>在被隐藏的词元中：替换为随机词元的比例（BERT：10%），使模型无法认定每个可见词元都是真实的</translation>
    </message>
    <message>
        <source>Of the hidden tokens: the share left unchanged but still predicted (BERT: 10%), so the model also learns about tokens it can see</source>
        <translation>在被隐藏的词元中：保持不变但仍需预测的比例（BERT：10%），使模型也能学习它能看到的词元</translation>
    </message>
    <message>
        <source>single tokens (BERT)</source>
        <translation>单个词元（BERT）</translation>
    </message>
    <message>
        <source>whole words</source>
        <translation>整词</translation>
    </message>
    <message>
        <source>spans of words (SpanBERT)</source>
        <translation>连续词片段（SpanBERT）</translation>
    </message>
    <message>
        <source>What is hidden together: single tokens, all tokens of a word (whole-word masking), or runs of whole words with a geometric length (SpanBERT, Joshi et al. 2019)</source>
        <translation>一起隐藏的内容：单个词元、一个词的所有词元（整词掩码），或长度服从几何分布的连续整词（SpanBERT，Joshi 等人，2019）</translation>
    </message>
    <message>
        <source> words</source>
        <translation> 个词</translation>
    </message>
    <message>
        <source>Mean span length in words (SpanBERT: 3.8, a geometric length cut at 10 words)</source>
        <translation>以词计的平均片段长度（SpanBERT：3.8，几何分布长度，截断于 10 个词）</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>重新抽取</translation>
    </message>
    <message>
        <source>Mask the sentence again with a new random draw</source>
        <translation>用新的随机抽取重新对句子进行掩码</translation>
    </message>
    <message>
        <source>The sentence as the encoder reads it: blue = [MASK], orange = a random token (the true one struck through), green = kept but still predicted. The loss counts only these.</source>
        <translation>编码器读到的句子：蓝色 = [MASK]，橙色 = 随机词元（真实词元以删除线显示），绿色 = 保留但仍需预测。损失只计算这些词元。</translation>
    </message>
    <message>
        <source>Hide:</source>
        <translation>隐藏：</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <source>%1 % kept</source>
        <translation>保留 %1 %</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type a sentence above to see it masked.&lt;/i&gt;</source>
        <translation>&lt;i&gt;在上方输入一个句子，查看掩码效果。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>one per character until a model is trained; then in its own tokens</source>
        <translation>训练出模型之前每个字符一个词元；之后使用模型自己的词元</translation>
    </message>
    <message>
        <source>%1 of %2 tokens hidden (%3): &lt;span style=&apos;background:#2b6cb0;color:white&apos;&gt;_&lt;/span&gt; [MASK], &lt;span style=&apos;background:#f6ad55&apos;&gt;random&lt;/span&gt;, &lt;span style=&apos;background:#9ae6b4&apos;&gt;kept&lt;/span&gt;</source>
        <translation>%2 个词元中隐藏了 %1 个（%3）：&lt;span style=&apos;background:#2b6cb0;color:white&apos;&gt;_&lt;/span&gt; [MASK]，&lt;span style=&apos;background:#f6ad55&apos;&gt;随机&lt;/span&gt;，&lt;span style=&apos;background:#9ae6b4&apos;&gt;保留&lt;/span&gt;</translation>
    </message>
    <message>
        <source> % random</source>
        <translation> % 随机</translation>
    </message>
</context>
<context>
    <name>lmw::ui::PlaygroundModeTab</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop what is running (Esc).</source>
        <translation>停止正在运行的操作（Esc）。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::PlaygroundModelInfo</name>
    <message>
        <source> · classification head with %1 labels</source>
        <translation> · 带 %1 个标签的分类头</translation>
    </message>
    <message>
        <source>imported from Hugging Face (byte-level BPE)</source>
        <translation>从 Hugging Face 导入（字节级 BPE）</translation>
    </message>
    <message>
        <source>trained &lt;b&gt;%1&lt;/b&gt; steps</source>
        <translation>已训练 &lt;b&gt;%1&lt;/b&gt; 步</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · context %3 · vocabulary %4 · &lt;b&gt;%5&lt;/b&gt; parameters · %6%7&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;%8&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 上下文 %3 · 词表 %4 · &lt;b&gt;%5&lt;/b&gt; 个参数 · %6%7&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;%8&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>lmw::ui::PlaygroundPage</name>
    <message>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Fill mask</source>
        <translation>填充掩码(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Denoise</source>
        <translation>去噪(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;lassify</source>
        <translation>分类(&amp;L)</translation>
    </message>
    <message>
        <source>No model yet: open a checkpoint or run folder (Ctrl+O), or pick a recent one.</source>
        <translation>还没有模型：请打开检查点或运行文件夹（Ctrl+O），或选择一个最近使用的模型。</translation>
    </message>
    <message>
        <source>Loading %1 ...</source>
        <translation>正在加载 %1 ...</translation>
    </message>
    <message>
        <source>Loading the model...</source>
        <translation>正在加载模型...</translation>
    </message>
    <message>
        <source>Model loaded: imported from Hugging Face.</source>
        <translation>模型已加载：从 Hugging Face 导入。</translation>
    </message>
    <message>
        <source>Model loaded: step %1.</source>
        <translation>模型已加载：第 %1 步。</translation>
    </message>
    <message>
        <source>No model loaded from %1.</source>
        <translation>未从 %1 加载模型。</translation>
    </message>
    <message>
        <source>Loading failed.</source>
        <translation>加载失败。</translation>
    </message>
    <message>
        <source>Open a model first (Ctrl+O).</source>
        <translation>请先打开一个模型（Ctrl+O）。</translation>
    </message>
    <message>
        <source>Loading cancelled: no model.</source>
        <translation>加载已取消：没有模型。</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>正在停止...</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <source>Generating...</source>
        <translation>正在生成...</translation>
    </message>
    <message>
        <source>Generating... 1 token</source>
        <translation>正在生成... 1 个词元</translation>
    </message>
    <message>
        <source>Generating... %1 tokens</source>
        <translation>正在生成... %1 个词元</translation>
    </message>
    <message>
        <source>Stopped after 1 token.</source>
        <translation>生成 1 个词元后停止。</translation>
    </message>
    <message>
        <source>Stopped after %1 tokens.</source>
        <translation>生成 %1 个词元后停止。</translation>
    </message>
    <message>
        <source>Done: 1 token.</source>
        <translation>完成：1 个词元。</translation>
    </message>
    <message>
        <source>Done: %1 tokens.</source>
        <translation>完成：%1 个词元。</translation>
    </message>
    <message>
        <source>Next-token distributions are shown for decoders (GPT, LSTM).</source>
        <translation>下一个词元的分布仅对解码器（GPT、LSTM）显示。</translation>
    </message>
    <message>
        <source>Filling the masks...</source>
        <translation>正在填充掩码...</translation>
    </message>
    <message>
        <source>Filled 1 mask.</source>
        <translation>已填充 1 个掩码。</translation>
    </message>
    <message>
        <source>Filled %1 masks.</source>
        <translation>已填充 %1 个掩码。</translation>
    </message>
    <message>
        <source>Load a BERT or RoBERTa model to see a sentence in its own tokens.</source>
        <translation>加载 BERT 或 RoBERTa 模型，即可查看句子在其自身词元中的形式。</translation>
    </message>
    <message>
        <source>in this model&apos;s own tokens</source>
        <translation>使用该模型自己的词元</translation>
    </message>
    <message>
        <source>Corrupting and rebuilding...</source>
        <translation>正在破坏并重建...</translation>
    </message>
    <message>
        <source>Rebuilt %1 characters.</source>
        <translation>已重建 %1 个字符。</translation>
    </message>
    <message>
        <source>Classifying...</source>
        <translation>正在分类...</translation>
    </message>
    <message>
        <source>Classified: %1.</source>
        <translation>已分类：%1。</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write the picture &apos;%1&apos;.</source>
        <translation>无法写入图片“%1”。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::PlaygroundSourceBar</name>
    <message>
        <source>&amp;Open model</source>
        <translation>打开模型(&amp;O)</translation>
    </message>
    <message>
        <source>Open a run folder (Ctrl+O); the arrow also offers a single checkpoint file.</source>
        <translation>打开运行文件夹（Ctrl+O）；箭头菜单中也可以选择单个检查点文件。</translation>
    </message>
    <message>
        <source>Run &amp;folder...</source>
        <translation>运行文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>Checkpoint &amp;file...</source>
        <translation>检查点文件(&amp;F)...</translation>
    </message>
    <message>
        <source>Models opened before: pick one to open it again.</source>
        <translation>之前打开过的模型：选择一个即可再次打开。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Load the model again from its source (F5): a run being trained gives its latest weights.</source>
        <translation>从来源重新加载模型（F5）：正在训练的运行会提供其最新权重。</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Copy or save what the current mode shows: its text, or a PNG picture.</source>
        <translation>复制或保存当前模式显示的内容：其文本或 PNG 图片。</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;text...</source>
        <translation>保存文本(&amp;T)...</translation>
    </message>
    <message>
        <source>Save &amp;picture (PNG)...</source>
        <translation>保存图片 (PNG)(&amp;P)...</translation>
    </message>
    <message>
        <source>No recent models</source>
        <translation>没有最近使用的模型</translation>
    </message>
    <message>
        <source>Recent models...</source>
        <translation>最近使用的模型...</translation>
    </message>
    <message>
        <source>Open a run folder or a Hugging Face GPT-2 folder</source>
        <translation>打开运行文件夹或 Hugging Face GPT-2 文件夹</translation>
    </message>
    <message>
        <source>Open a checkpoint</source>
        <translation>打开检查点</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt *.ckpt *.bin);;All files (*)</source>
        <translation>检查点 (*.pt *.ckpt *.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation>保存文本</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>lmw::ui::PlotPngExporter</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;all plots as PNG…</source>
        <translation>将所有图保存为 PNG(&amp;A)…</translation>
    </message>
    <message>
        <source> Right-click to save it as PNG.</source>
        <translation> 右键单击可将其保存为 PNG。</translation>
    </message>
    <message>
        <source>Save the plot as PNG</source>
        <translation>将图保存为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save every plot as PNG into</source>
        <translation>将所有图以 PNG 格式保存到</translation>
    </message>
    <message>
        <source>Could not write the plots into %1.</source>
        <translation>无法将图写入 %1。</translation>
    </message>
    <message>
        <source>%1 plots saved to %2.</source>
        <translation>已将 %1 张图保存到 %2。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::PredictionStrip</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at position %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，位置 %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Not predicted: nothing comes before it.</source>
        <translation>&lt;br&gt;未预测：它之前没有任何内容。</translation>
    </message>
    <message>
        <source>&lt;br&gt;probability of this token: &lt;b&gt;%1%&lt;/b&gt;</source>
        <translation>&lt;br&gt;该词元的概率：&lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;most likely here:</source>
        <translation>&lt;br&gt;此处最可能的是：</translation>
    </message>
</context>
<context>
    <name>lmw::ui::PromptLabPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Evaluate every k and seed on the dataset (Ctrl+Return).</source>
        <translation>在数据集上评估每个 k 和种子 (Ctrl+Return)。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop after the current prompt (Esc); the results cover what was done. While the ICL preset trains: stop after the current step and load the run as it is.</source>
        <translation>在当前提示完成后停止 (Esc)；结果涵盖已完成的部分。ICL 预设训练期间：在当前步完成后停止，并按现状加载该运行。</translation>
    </message>
    <message>
        <source>Prompts scored so far, of all prompts for every k and seed.</source>
        <translation>已评分的提示数，占所有 k 和种子的全部提示数。</translation>
    </message>
    <message>
        <source>ICL preset: %1</source>
        <translation>ICL 预设：%1</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Data f&amp;ile…</source>
        <translation>数据文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Labelled examples: each is a query, and the others are its demonstrations.</source>
        <translation>带标签的示例：每个示例都作为一次查询，其余示例作为它的演示。</translation>
    </message>
    <message>
        <source>No dataset loaded.</source>
        <translation>未加载数据集。</translation>
    </message>
    <message>
        <source>The dataset could not be read: %1</source>
        <translation>无法读取数据集：%1</translation>
    </message>
    <message>
        <source>S&amp;ynthetic ICL task</source>
        <translation>合成 ICL 任务(&amp;Y)</translation>
    </message>
    <message>
        <source>Random symbol → label mappings that only the demonstrations reveal: zero-shot is chance, few-shot needs in-context learning. Sets its template too.</source>
        <translation>随机的符号 → 标签映射，只有演示才能揭示：零样本只能靠猜，少样本需要上下文学习。同时会设置其模板。</translation>
    </message>
    <message>
        <source>Train the ICL &amp;preset…</source>
        <translation>训练 ICL 预设(&amp;P)…</translation>
    </message>
    <message>
        <source>Accuracy vs k</source>
        <translation>准确率随 k 的变化</translation>
    </message>
    <message>
        <source>During training</source>
        <translation>训练期间</translation>
    </message>
    <message>
        <source>The last evaluation: accuracy and calibration against k.</source>
        <translation>最近一次评估：准确率和校准随 k 的变化。</translation>
    </message>
    <message>
        <source>Training the ICL preset: accuracy for every k against the training step.</source>
        <translation>训练 ICL 预设：每个 k 的准确率随训练步的变化。</translation>
    </message>
    <message>
        <source>Export ta&amp;ble…</source>
        <translation>导出表格(&amp;B)…</translation>
    </message>
    <message>
        <source>Save what the visible tab shows as CSV: the table of accuracy against k, or the during-training curve (step, validation loss, k, accuracy, its spread, ECE).</source>
        <translation>将当前标签页显示的内容保存为 CSV：准确率随 k 变化的表格，或训练期间的曲线（步、验证集损失、k、准确率、其离散度、ECE）。</translation>
    </message>
    <message>
        <source>Export c&amp;hart…</source>
        <translation>导出图表(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the visible chart as PNG.</source>
        <translation>将当前图表保存为 PNG。</translation>
    </message>
    <message>
        <source>An LSTM has no attention: the explorer needs a GPT-style decoder.</source>
        <translation>LSTM 没有注意力：探查器需要 GPT 式的解码器。</translation>
    </message>
    <message>
        <source>Prompt lab: model loaded.</source>
        <translation>提示实验室：模型已加载。</translation>
    </message>
    <message>
        <source>Prompt lab: dataset loaded.</source>
        <translation>提示实验室：数据集已加载。</translation>
    </message>
    <message>
        <source>(synthetic in-context-learning task)</source>
        <translation>（合成的上下文学习任务）</translation>
    </message>
    <message>
        <source>The ICL preset is training; run the evaluation when it has finished.</source>
        <translation>ICL 预设正在训练；请在训练结束后再运行评估。</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>模型仍在加载中。</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>请先打开一个模型。</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>请先打开一个数据集。</translation>
    </message>
    <message>
        <source>Prompt lab: evaluating…</source>
        <translation>提示实验室：正在评估…</translation>
    </message>
    <message>
        <source>Prompt lab: stopped; the results cover %1 prompts.</source>
        <translation>提示实验室：已停止；结果涵盖 %1 个提示。</translation>
    </message>
    <message>
        <source>Prompt lab: %1 prompts evaluated.</source>
        <translation>提示实验室：已评估 %1 个提示。</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <source>ICL preset: stopping after the current step…</source>
        <translation>ICL 预设：将在当前步完成后停止…</translation>
    </message>
    <message>
        <source>Prompt lab: stopping after the current prompt…</source>
        <translation>提示实验室：将在当前提示完成后停止…</translation>
    </message>
    <message>
        <source>Folder for the ICL preset&apos;s run (a new subfolder is made in it)</source>
        <translation>ICL 预设运行所用的文件夹（将在其中新建一个子文件夹）</translation>
    </message>
    <message>
        <source>The ICL preset&apos;s evaluation settings are not valid: %1</source>
        <translation>ICL 预设的评估设置无效：%1</translation>
    </message>
    <message>
        <source>Cannot create the run folder %1: choose a folder you can write to.</source>
        <translation>无法创建运行文件夹 %1：请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>preparing the corpus…</source>
        <translation>正在准备语料…</translation>
    </message>
    <message>
        <source>Training steps done of all, and the estimated time left.</source>
        <translation>已完成的训练步数 / 总步数，以及预计剩余时间。</translation>
    </message>
    <message>
        <source>ICL preset: training in %1…</source>
        <translation>ICL 预设：正在 %1 中训练…</translation>
    </message>
    <message>
        <source>Training the ICL preset failed: %1</source>
        <translation>训练 ICL 预设失败：%1</translation>
    </message>
    <message>
        <source>training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>ICL preset: stopped before the first step; no model was trained.</source>
        <translation>ICL 预设：在第一步之前已停止；未训练任何模型。</translation>
    </message>
    <message>
        <source>Could not write the curve into %1.</source>
        <translation>无法将曲线写入 %1。</translation>
    </message>
    <message>
        <source>ICL preset: stopped after %1 of %2 steps (%3); the run in %4 is loaded as the model, with the synthetic task.</source>
        <translation>ICL 预设：已在 %2 步中的第 %1 步后停止 (%3)；%4 中的运行已作为模型加载，并附带合成任务。</translation>
    </message>
    <message>
        <source>ICL preset: trained %1 steps in %2; the run in %3 is loaded as the model, with the synthetic task: press Run.</source>
        <translation>ICL 预设：已在 %2 内训练 %1 步；%3 中的运行已作为模型加载，并附带合成任务：请按“运行”。</translation>
    </message>
    <message>
        <source>Export the curve during training</source>
        <translation>导出训练期间的曲线</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>lmw::ui::PromptModelBox</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>A run folder or checkpoint of a GPT or LSTM model, or a Hugging Face GPT-2 folder</source>
        <translation>GPT 或 LSTM 模型的运行文件夹或检查点，或 Hugging Face GPT-2 文件夹</translation>
    </message>
    <message>
        <source>The decoder that is prompted. Only decoders (GPT, LSTM) continue text.</source>
        <translation>被提示的解码器。只有解码器（GPT、LSTM）能续写文本。</translation>
    </message>
    <message>
        <source>&amp;Open folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a run folder (its latest checkpoint is used) or a Hugging Face GPT-2 folder: config.json and model.safetensors with the tokenizer&apos;s files (tokenizer.json, or vocab.json and merges.txt), as save_pretrained writes them.</source>
        <translation>选择一个运行文件夹（使用其最新的检查点）或 Hugging Face GPT-2 文件夹：包含 config.json 和 model.safetensors 以及分词器文件（tokenizer.json，或 vocab.json 和 merges.txt），即 save_pretrained 写出的格式。</translation>
    </message>
    <message>
        <source>Chec&amp;kpoint…</source>
        <translation>检查点(&amp;K)…</translation>
    </message>
    <message>
        <source>Choose a checkpoint file.</source>
        <translation>选择一个检查点文件。</translation>
    </message>
    <message>
        <source>Open a checkpoint</source>
        <translation>打开检查点</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt *.ckpt *.bin);;All files (*)</source>
        <translation>检查点 (*.pt *.ckpt *.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>What was loaded, or why it could not be used.</source>
        <translation>已加载的内容，或无法使用的原因。</translation>
    </message>
    <message>
        <source>Open a run folder or a Hugging Face GPT-2 folder</source>
        <translation>打开运行文件夹或 Hugging Face GPT-2 文件夹</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Hugging Face GPT-2, %1 layers, width %2, context %3, byte-level BPE with %4 tokens.</source>
        <translation>Hugging Face GPT-2，%1 层，宽度 %2，上下文 %3，字节级 BPE，%4 个词元。</translation>
    </message>
    <message>
        <source>%1 model, %2 layers, width %3, context %4, step %5.</source>
        <translation>%1 模型，%2 层，宽度 %3，上下文 %4，第 %5 步。</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>无法加载模型：%1</translation>
    </message>
</context>
<context>
    <name>lmw::ui::PromptRecordsView</name>
    <message>
        <source>Every scored prompt: ✓ correct, ✗ wrong, with the predicted label and its probability.</source>
        <translation>每个已评分的提示：✓ 正确，✗ 错误，附预测的标签及其概率。</translation>
    </message>
    <message>
        <source>The full prompt of the selected record.</source>
        <translation>所选记录的完整提示。</translation>
    </message>
    <message>
        <source>The selected prompt exactly as scored; the model continues it with each label&apos;s word.</source>
        <translation>所选提示，与评分时完全一致；模型用每个标签的词来续写它。</translation>
    </message>
    <message>
        <source>The probability the model gives each label after the selected prompt. The true label is drawn in green and marked; a wrong prediction in red.</source>
        <translation>在所选提示之后，模型给每个标签的概率。真实标签以绿色绘制并加以标记；错误的预测以红色绘制。</translation>
    </message>
    <message>
        <source>Show a&amp;ttention</source>
        <translation>显示注意力(&amp;T)</translation>
    </message>
    <message>
        <source>Open the selected prompt in the Attention tab: the last row of each map shows which earlier positions the query attends to when the label is predicted (on the synthetic task: the demonstrations with the same symbol).</source>
        <translation>在“注意力”标签页中打开所选提示：每张图的最后一行显示预测标签时查询关注了哪些较早的位置（在合成任务上：即具有相同符号的演示）。</translation>
    </message>
    <message>
        <source>%1 k=%2 s%3 #%4 %5 → %6 (%7)</source>
        <translation>%1 k=%2 s%3 #%4 %5 → %6 (%7)</translation>
    </message>
    <message>
        <source>Select a prompt to see its label probabilities.</source>
        <translation>选择一个提示以查看其标签概率。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::PromptTemplateForm</name>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Text before everything; &quot;{labels}&quot; lists the labels&apos; words. Write \n for a new line. May be empty.</source>
        <translation>置于所有内容之前的文本；“{labels}”会列出各标签的词。用 \n 表示换行。可以为空。</translation>
    </message>
    <message>
        <source>One demonstration: &quot;{text}&quot; then &quot;{label}&quot;, each once. The query is this cut just before &quot;{label}&quot;; \n is a new line.</source>
        <translation>一个演示：“{text}”然后“{label}”，各出现一次。查询即此模板在“{label}”之前截断的部分；\n 表示换行。</translation>
    </message>
    <message>
        <source>Written after each demonstration (\n is a new line).</source>
        <translation>写在每个演示之后（\n 表示换行）。</translation>
    </message>
    <message>
        <source>label=word,… (empty: the label names)</source>
        <translation>标签=词,…（留空：使用标签名称）</translation>
    </message>
    <message>
        <source>The word(s) standing for each label, like &quot;0=negative,1=positive|good&quot;; alternatives separated by |. Labels not named stand for themselves.</source>
        <translation>代表每个标签的词，例如“0=negative,1=positive|good”；备选词以 | 分隔。未指定的标签代表其自身。</translation>
    </message>
    <message>
        <source>The numbers of demonstrations k to evaluate, separated by commas.</source>
        <translation>要评估的演示数量 k，以逗号分隔。</translation>
    </message>
    <message>
        <source>Draws of demonstrations per k (k = 0 needs one): their spread shows how much the choice of examples matters.</source>
        <translation>每个 k 抽取演示的次数（k = 0 只需一次）：其离散度表明示例的选择有多大影响。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Queries per task (a seeded sample); &quot;all&quot; uses every example.</source>
        <translation>每个任务的查询数（按种子抽样）；“全部”使用每个示例。</translation>
    </message>
    <message>
        <source>Balanced demonstrations</source>
        <translation>均衡演示</translation>
    </message>
    <message>
        <source>Draw the demonstrations&apos; labels as evenly as the pool allows.</source>
        <translation>在示例池允许的范围内，尽量均匀地抽取演示的标签。</translation>
    </message>
    <message>
        <source>The first problem with the template or options, if any.</source>
        <translation>模板或选项中的第一个问题（如有）。</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Verbalizers:</source>
        <translation>标签词：</translation>
    </message>
    <message>
        <source>Shots k:</source>
        <translation>样本数 k：</translation>
    </message>
    <message>
        <source>Queries:</source>
        <translation>查询数：</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>种子数：</translation>
    </message>
</context>
<context>
    <name>lmw::ui::RunsPanel</name>
    <message>
        <source>&amp;Workspace…</source>
        <translation>工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the folder where runs are kept.</source>
        <translation>选择存放运行的文件夹。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Val. loss</source>
        <translation>验证集损失</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <source>Tick runs to overlay their curves; double-click to reopen one.</source>
        <translation>勾选运行以叠加其曲线；双击可重新打开某个运行。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show this run&apos;s curves and sample from its weights.</source>
        <translation>显示此运行的曲线并从其权重采样。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Train this run further, up to the Iterations set on the left.</source>
        <translation>继续训练此运行，直到左侧设置的迭代次数。</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Runs in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; 中的运行</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>选择工作区文件夹</translation>
    </message>
    <message>
        <source>%1L × %2H × %3</source>
        <translation>%1L × %2H × %3</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1
created %2
%3 parameters, %4 of %5 steps%6</source>
        <translation>%1
创建于 %2
%3 个参数，已完成 %4 / %5 步%6</translation>
    </message>
    <message>
        <source>, stopped early</source>
        <translation>，提前停止</translation>
    </message>
    <message>
        <source>, unfinished</source>
        <translation>，未完成</translation>
    </message>
    <message>
        <source>The run &apos;%1&apos; has no checkpoint to continue from.</source>
        <translation>运行“%1”没有可供继续的检查点。</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Delete the run &apos;%1&apos; and its checkpoint? It is moved to the trash when the system has one.</source>
        <translation>删除运行“%1”及其检查点？如果系统有回收站，它会被移到回收站。</translation>
    </message>
    <message>
        <source>Could not delete &apos;%1&apos;.</source>
        <translation>无法删除“%1”。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::SamplePanel</name>
    <message>
        <source>Prompt (optional): the text the model continues</source>
        <translation>提示（可选）：模型要续写的文本</translation>
    </message>
    <message>
        <source>Generated text appears here, as it is produced.</source>
        <translation>生成的文本会在生成过程中显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate from the current weights (Ctrl+G); click again to stop.</source>
        <translation>用当前权重生成 (Ctrl+G)；再次点击可停止。</translation>
    </message>
    <message>
        <source>Train a model or open a run to generate text.</source>
        <translation>请训练一个模型或打开一个运行以生成文本。</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
</context>
<context>
    <name>lmw::ui::SampleWorker</name>
    <message>
        <source>mask %1 (token %2):</source>
        <translation>掩码 %1（词元 %2）：</translation>
    </message>
</context>
<context>
    <name>lmw::ui::SamplingOptionsForm</name>
    <message>
        <source>How many characters to generate.</source>
        <translation>要生成的字符数。</translation>
    </message>
    <message>
        <source>The most tokens to generate.</source>
        <translation>最多生成的词元数。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>长度(&amp;L)</translation>
    </message>
    <message>
        <source>Max &amp;tokens</source>
        <translation>最大词元数(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;emperature</source>
        <translation>温度(&amp;E)</translation>
    </message>
    <message>
        <source>Top-&amp;k</source>
        <translation>Top-k(&amp;K)</translation>
    </message>
    <message>
        <source>Top-&amp;p</source>
        <translation>Top-p(&amp;P)</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>种子(&amp;D)</translation>
    </message>
    <message>
        <source>BART: beam-search width (1 = greedy).</source>
        <translation>BART：束搜索宽度（1 = 贪心）。</translation>
    </message>
    <message>
        <source>&amp;Beams</source>
        <translation>束数(&amp;B)</translation>
    </message>
    <message>
        <source>Divides the logits: below 1 sharpens the distribution, above 1 flattens it; 0 always takes the most likely character.</source>
        <translation>用于除以 logits：小于 1 使分布更尖锐，大于 1 使分布更平坦；0 总是选取最可能的字符。</translation>
    </message>
    <message>
        <source>Divides the logits: below 1 sharpens the distribution, above 1 flattens it; 0 always takes the most likely token.</source>
        <translation>用于除以 logits：小于 1 使分布更尖锐，大于 1 使分布更平坦；0 总是选取最可能的词元。</translation>
    </message>
    <message>
        <source>Sample only among the k most likely characters (off = all).</source>
        <translation>只在最可能的 k 个字符中采样（关闭 = 全部）。</translation>
    </message>
    <message>
        <source>Sample only among the k most likely tokens (off = all).</source>
        <translation>只在最可能的 k 个词元中采样（关闭 = 全部）。</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the most likely characters until their probabilities add up to p (1 = off).</source>
        <translation>核采样：保留最可能的字符，直到它们的概率之和达到 p（1 = 关闭）。</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the most likely tokens until their probabilities add up to p (1 = off).</source>
        <translation>核采样：保留最可能的词元，直到它们的概率之和达到 p（1 = 关闭）。</translation>
    </message>
    <message>
        <source>Same seed, same weights and settings: same text.</source>
        <translation>相同的种子、相同的权重和设置：生成相同的文本。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::ScheduleDialog</name>
    <message>
        <source>Change the learning rate</source>
        <translation>修改学习率</translation>
    </message>
    <message>
        <source>From step %1 on, the schedule peaks at the new rate and decays to the new floor; warmup and the cosine shape stay. The chart marks the change and the run folder keeps it (schedule_changes.csv).</source>
        <translation>从第 %1 步起，学习率调度以新的峰值为最高点并衰减到新的下限；预热和余弦形状保持不变。图表会标出这次修改，运行文件夹也会记录它（schedule_changes.csv）。</translation>
    </message>
    <message>
        <source>The schedule&apos;s peak learning rate (above 0, at most 1).</source>
        <translation>调度的峰值学习率（大于 0，最大为 1）。</translation>
    </message>
    <message>
        <source>The learning rate at the end of the cosine decay (0 up to the peak).</source>
        <translation>余弦衰减结束时的学习率（0 到峰值之间）。</translation>
    </message>
    <message>
        <source>&amp;Peak rate</source>
        <translation>峰值(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>下限(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <source>The peak rate must be above 0.</source>
        <translation>峰值必须大于 0。</translation>
    </message>
    <message>
        <source>The floor cannot be above the peak.</source>
        <translation>下限不能高于峰值。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::ShotsChart</name>
    <message>
        <source>Accuracy (with ± its spread over seeds) and expected calibration error against the number of demonstrations k; the dashed line is chance (one over the labels).</source>
        <translation>准确率（含各种子间的 ± 离散度）和期望校准误差随演示数量 k 的变化；虚线为随机水平（1 / 标签数）。</translation>
    </message>
    <message>
        <source>demonstrations k</source>
        <translation>演示数 k</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>ECE</source>
        <translation>ECE</translation>
    </message>
    <message>
        <source>± std over seeds</source>
        <translation>± 种子间标准差</translation>
    </message>
    <message>
        <source>ECE (right axis)</source>
        <translation>ECE（右轴）</translation>
    </message>
    <message>
        <source>chance (1/%1)</source>
        <translation>随机水平 (1/%1)</translation>
    </message>
</context>
<context>
    <name>lmw::ui::ShotsTable</name>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>± seeds</source>
        <translation>± 种子</translation>
    </message>
    <message>
        <source>ECE</source>
        <translation>ECE</translation>
    </message>
    <message>
        <source>Mean confidence</source>
        <translation>平均置信度</translation>
    </message>
    <message>
        <source>Per k: accuracy over every seed&apos;s prompts, its standard deviation over seeds, expected calibration error, and the mean probability of the predicted label.</source>
        <translation>每个 k：所有种子的提示上的准确率、其在各种子间的标准差、期望校准误差，以及预测标签的平均概率。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::TrainPage</name>
    <message>
        <source>Training stopped at step %1; the checkpoint is saved.</source>
        <translation>训练已在第 %1 步停止；检查点已保存。</translation>
    </message>
    <message>
        <source>Training finished: %1 steps.</source>
        <translation>训练完成：%1 步。</translation>
    </message>
    <message>
        <source>No model: the last training failed.</source>
        <translation>没有模型：上一次训练失败。</translation>
    </message>
    <message>
        <source>Training %1…</source>
        <translation>正在训练 %1…</translation>
    </message>
    <message>
        <source>The run &apos;%1&apos; is at step %2. Set Iterations above %2 to continue it.</source>
        <translation>运行“%1”已在第 %2 步。请将迭代次数设为大于 %2 以继续训练。</translation>
    </message>
    <message>
        <source>Continuing %1 to step %2…</source>
        <translation>正在将 %1 继续训练到第 %2 步…</translation>
    </message>
    <message>
        <source>The run &apos;%1&apos; has no checkpoint to sample from.</source>
        <translation>运行“%1”没有可供采样的检查点。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <source>Weights: %1 (live: each generation uses the latest step)</source>
        <translation>权重：%1（实时：每次生成都使用最新的步）</translation>
    </message>
    <message>
        <source>Weights: %1 (from its checkpoint)</source>
        <translation>权重：%1（来自其检查点）</translation>
    </message>
    <message>
        <source>Export the loss chart</source>
        <translation>导出损失图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg);;CSV numbers (*.csv)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 图形 (*.svg);;CSV 数值 (*.csv)</translation>
    </message>
    <message>
        <source>Unknown export format &apos;%1&apos;: use .png, .pdf, .svg or .csv.</source>
        <translation>未知的导出格式“%1”：请使用 .png、.pdf、.svg 或 .csv。</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>LLM Workbench</source>
        <translation>LLM Workbench</translation>
    </message>
    <message>
        <source>Pause the run first; a run that is pausing finishes its step before the rate can change.</source>
        <translation>请先暂停运行；正在暂停的运行会先完成当前这一步，之后才能修改学习率。</translation>
    </message>
    <message>
        <source>rate %1 → floor %2</source>
        <translation>学习率 %1 → 下限 %2</translation>
    </message>
    <message>
        <source>From step %1 the learning rate peaks at %2 with a floor of %3. Resume to go on.</source>
        <translation>从第 %1 步起，学习率峰值为 %2，下限为 %3。点击“继续”接着训练。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::TrainingPanel</name>
    <message>
        <source>Corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Train a new model with these settings (Ctrl+Enter)</source>
        <translation>用这些设置训练一个新模型 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume training (Ctrl+P)</source>
        <translation>暂停或继续训练 (Ctrl+P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the current step and keep a checkpoint (Ctrl+.)</source>
        <translation>在当前步完成后停止并保留检查点 (Ctrl+.)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Paused at step %1</source>
        <translation>已在第 %1 步暂停</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>将在当前步完成后停止…</translation>
    </message>
    <message>
        <source>Resuming at step %1</source>
        <translation>从第 %1 步继续</translation>
    </message>
    <message>
        <source>Evaluating the untrained model…</source>
        <translation>正在评估未训练的模型…</translation>
    </message>
    <message>
        <source>%1 parameters · corpus %2 (%3 characters, vocabulary %4)</source>
        <translation>%1 个参数 · 语料 %2（%3 个字符，词表 %4）</translation>
    </message>
    <message>
        <source>Step %1 / %2 · ETA %3</source>
        <translation>第 %1 / %2 步 · 预计剩余 %3</translation>
    </message>
    <message>
        <source>loss %1 · %2 tokens/s · %3 elapsed</source>
        <translation>损失 %1 · %2 词元/秒 · 已用 %3</translation>
    </message>
    <message>
        <source>Stopped at step %1</source>
        <translation>已在第 %1 步停止</translation>
    </message>
    <message>
        <source>Done: %1 steps</source>
        <translation>完成：%1 步</translation>
    </message>
    <message>
        <source>%1 · %2 tokens/s</source>
        <translation>%1 · %2 词元/秒</translation>
    </message>
    <message>
        <source> · validation loss %1</source>
        <translation> · 验证集损失 %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Change &amp;rate…</source>
        <translation>修改学习率(&amp;R)…</translation>
    </message>
    <message>
        <source>While paused: a new peak and floor for the learning rate from the next step on (Ctrl+Shift+R). The chart marks the change and the run folder keeps it.</source>
        <translation>暂停时：从下一步起为学习率设定新的峰值和下限（Ctrl+Shift+R）。图表会标出这次修改，运行文件夹也会记录它。</translation>
    </message>
</context>
<context>
    <name>lmw::ui::TransferDataStep</name>
    <message>
        <source>General corpus (stage 1)</source>
        <translation>通用语料（阶段 1）</translation>
    </message>
    <message>
        <source>Bundled stories</source>
        <translation>内置故事</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>Existing LSTM run (skip stage 1)</source>
        <translation>已有的 LSTM 运行（跳过阶段 1）</translation>
    </message>
    <message>
        <source>Stage 1 pretrains an AWD-LSTM language model on general text. Use the bundled stories, your own UTF-8 text file, or an LSTM run trained before.</source>
        <translation>阶段 1 在通用文本上预训练一个 AWD-LSTM 语言模型。可使用内置故事、您自己的 UTF-8 文本文件，或之前训练过的 LSTM 运行。</translation>
    </message>
    <message>
        <source>A UTF-8 text file, or an LSTM run folder / checkpoint</source>
        <translation>UTF-8 文本文件，或 LSTM 运行文件夹 / 检查点</translation>
    </message>
    <message>
        <source>The text file or LSTM run used for stage 1.</source>
        <translation>阶段 1 所用的文本文件或 LSTM 运行。</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the general text file or LSTM run.</source>
        <translation>选择通用文本文件或 LSTM 运行。</translation>
    </message>
    <message>
        <source>Choose an LSTM run</source>
        <translation>选择一个 LSTM 运行</translation>
    </message>
    <message>
        <source>Choose a general text file</source>
        <translation>选择一个通用文本文件</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Labelled task data (stages 2 and 3)</source>
        <translation>带标签的任务数据（阶段 2 和 3）</translation>
    </message>
    <message>
        <source>Cannot use this dataset: %1</source>
        <translation>无法使用此数据集：%1</translation>
    </message>
    <message>
        <source>T&amp;rain file…</source>
        <translation>训练文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Labelled training examples; a stratified tenth is held out for validation.</source>
        <translation>带标签的训练示例；按分层抽样留出十分之一用于验证。</translation>
    </message>
    <message>
        <source>No training set loaded.</source>
        <translation>未加载训练集。</translation>
    </message>
    <message>
        <source>Te&amp;st file…</source>
        <translation>测试文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Labelled test examples, scored once at the end of each run.</source>
        <translation>带标签的测试示例，在每次运行结束时评分一次。</translation>
    </message>
    <message>
        <source>No test set loaded.</source>
        <translation>未加载测试集。</translation>
    </message>
    <message>
        <source>Training set:</source>
        <translation>训练集：</translation>
    </message>
    <message>
        <source>Test set:</source>
        <translation>测试集：</translation>
    </message>
</context>
<context>
    <name>lmw::ui::TransferPage</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>The previous step (Alt+Left).</source>
        <translation>上一步 (Alt+Left)。</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>下一步(&amp;N) →</translation>
    </message>
    <message>
        <source>The next step (Alt+Right).</source>
        <translation>下一步 (Alt+Right)。</translation>
    </message>
    <message>
        <source>Step 1 of 3: data</source>
        <translation>第 1 步，共 3 步：数据</translation>
    </message>
    <message>
        <source>Step 2 of 3: settings</source>
        <translation>第 2 步，共 3 步：设置</translation>
    </message>
    <message>
        <source>Step 3 of 3: run</source>
        <translation>第 3 步，共 3 步：运行</translation>
    </message>
    <message>
        <source>Load a training set and a test set first (step 1).</source>
        <translation>请先加载训练集和测试集（第 1 步）。</translation>
    </message>
    <message>
        <source>ULMFiT: running…</source>
        <translation>ULMFiT：正在运行…</translation>
    </message>
    <message>
        <source>ULMFiT: stopping after the current step…</source>
        <translation>ULMFiT：将在当前步完成后停止…</translation>
    </message>
</context>
<context>
    <name>lmw::ui::TransferRunStep</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run stages 1–3 and the chosen baselines (Ctrl+Return).</source>
        <translation>运行阶段 1–3 以及所选的基线 (Ctrl+Return)。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop after the current optimizer step (Esc).</source>
        <translation>在当前优化器步完成后停止 (Esc)。</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the result table as CSV.</source>
        <translation>将结果表保存为 CSV。</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <source>Optimizer steps of the current stage.</source>
        <translation>当前阶段的优化器步数。</translation>
    </message>
    <message>
        <source>The last message of the run, or why it could not start.</source>
        <translation>运行的最后一条消息，或无法启动的原因。</translation>
    </message>
    <message>
        <source>Export the result table</source>
        <translation>导出结果表</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save &amp;plots…</source>
        <translation>保存图表(&amp;P)…</translation>
    </message>
    <message>
        <source>Save every plot (loss, learning rates, validation accuracy, freeze map, confusion matrix) as PNG into a folder you choose (Ctrl+Shift+S). Right-click a plot to save only that one.</source>
        <translation>将所有图表（损失、学习率、验证集准确率、冻结图、混淆矩阵）以 PNG 格式保存到您选择的文件夹中 (Ctrl+Shift+S)。右键单击某个图表可只保存该图表。</translation>
    </message>
    <message>
        <source>step (within the stage)</source>
        <translation>步（阶段内）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Training loss of each stage against its steps.</source>
        <translation>各阶段的训练损失随其步数的变化。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Learning rate of each layer group in the current stage (log scale): slanted triangles, each lower group ÷ the discriminative factor.</source>
        <translation>当前阶段各层组的学习率（对数刻度）：斜三角形，每个较低的层组为上一层组的学习率 ÷ 判别因子。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证集准确率</translation>
    </message>
    <message>
        <source>Accuracy on the held-out validation share after each classifier epoch, one curve per run.</source>
        <translation>每个分类器轮次后在留出的验证部分上的准确率，每个运行一条曲线。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Unfreezing</source>
        <translation>解冻</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Macro F1</source>
        <translation>宏 F1</translation>
    </message>
    <message>
        <source>Held-out LM loss</source>
        <translation>留出集 LM 损失</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间 (s)</translation>
    </message>
    <message>
        <source>One row per run. Held-out LM loss: general text the LM never saw, read through the classifier&apos;s encoder and the stage-2 decoder (higher = more forgetting). Select a row to see its confusion matrix.</source>
        <translation>每个运行一行。留出集 LM 损失：语言模型从未见过的通用文本，经由分类器的编码器和阶段 2 的解码器读取（越高 = 遗忘越多）。选择一行可查看其混淆矩阵。</translation>
    </message>
    <message>
        <source>The classifier run whose per-group learning rates and freeze map are shown: ULMFiT (gradual unfreezing) or a baseline such as all-at-once. Runs are added as they start.</source>
        <translation>显示其各层组学习率和冻结图的分类器运行：ULMFiT（逐步解冻）或诸如“一次性全部解冻”之类的基线。运行在开始时被添加。</translation>
    </message>
    <message>
        <source>Learning rate per layer group</source>
        <translation>各层组的学习率</translation>
    </message>
    <message>
        <source>Classifier &amp;run:</source>
        <translation>分类器运行(&amp;R)：</translation>
    </message>
    <message>
        <source>Loss per stage</source>
        <translation>各阶段的损失</translation>
    </message>
    <message>
        <source>Freeze map (the chosen classifier run, epochs →) and validation accuracy</source>
        <translation>冻结图（所选分类器运行，轮次 →）和验证集准确率</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>ULMFiT: stopped before the end.</source>
        <translation>ULMFiT：在结束前已停止。</translation>
    </message>
    <message>
        <source>ULMFiT: finished in %1 s.</source>
        <translation>ULMFiT：已完成，用时 %1 秒。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <source> — step</source>
        <translation> — 步</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>stage 2</source>
        <translation>阶段 2</translation>
    </message>
    <message>
        <source>pretrained</source>
        <translation>预训练</translation>
    </message>
</context>
<context>
    <name>lmw::ui::TransferSettingsStep</name>
    <message>
        <source>&lt;p&gt;Type a number such as 4e-3 or 0.004; the arrows change the leading digit. Allowed: %1 to %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;输入一个数，例如 4e-3 或 0.004；箭头会改变首位数字。允许范围：%1 到 %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Folder for the checkpoints of every stage and results.json.</source>
        <translation>存放各阶段检查点和 results.json 的文件夹。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage 1&lt;/b&gt; pretrains the LSTM language model on the general corpus. &lt;b&gt;Stage 2&lt;/b&gt; fine-tunes it on the task&apos;s texts and &lt;b&gt;stage 3&lt;/b&gt; trains a classifier on it, both with &lt;i&gt;slanted triangular&lt;/i&gt; learning rates (a short rise over the first 10% of steps from lr/32 to lr, then a long fall back) and &lt;i&gt;discriminative&lt;/i&gt; rates (each lower layer group gets the rate above ÷ the discriminative factor, 2.6 in the paper). Stage 3 unfreezes one layer group per epoch, the classifier head first.</source>
        <translation>&lt;b&gt;阶段 1&lt;/b&gt; 在通用语料上预训练 LSTM 语言模型。&lt;b&gt;阶段 2&lt;/b&gt; 在任务文本上对其微调，&lt;b&gt;阶段 3&lt;/b&gt; 在其上训练一个分类器，两者都使用&lt;i&gt;斜三角&lt;/i&gt;学习率（在前 10% 的步中从 lr/32 短暂上升到 lr，然后长时间回落）和&lt;i&gt;判别式&lt;/i&gt;学习率（每个较低的层组的学习率为上一层组的学习率 ÷ 判别因子，论文中为 2.6）。阶段 3 每个轮次解冻一个层组，首先解冻分类器头。</translation>
    </message>
    <message>
        <source>AWD-LSTM language model</source>
        <translation>AWD-LSTM 语言模型</translation>
    </message>
    <message>
        <source>LSTM layers (the paper uses 3). Each layer is one layer group for discriminative rates.</source>
        <translation>LSTM 层数（论文使用 3 层）。每一层是判别式学习率的一个层组。</translation>
    </message>
    <message>
        <source>Embedding size (the paper: 400).</source>
        <translation>嵌入大小（论文：400）。</translation>
    </message>
    <message>
        <source>Hidden size of the inner LSTM layers; 0 = 3 × embedding (the paper: 1150).</source>
        <translation>内部 LSTM 层的隐藏大小；0 = 3 × 嵌入大小（论文：1150）。</translation>
    </message>
    <message>
        <source>Context length of stage 1 and window length (bptt) of stage 2, in tokens.</source>
        <translation>阶段 1 的上下文长度和阶段 2 的窗口长度 (bptt)，以词元计。</translation>
    </message>
    <message>
        <source>How stage 1 splits text into tokens; stages 2 and 3 keep its tokenizer.</source>
        <translation>阶段 1 如何将文本切分为词元；阶段 2 和 3 沿用其分词器。</translation>
    </message>
    <message>
        <source>Scales every AWD-LSTM dropout (embedding, input, hidden, weight, output), like fastai&apos;s drop_mult; stages 2 and 3 keep it. Lower it for tiny data sets.</source>
        <translation>缩放所有 AWD-LSTM 的 dropout（嵌入、输入、隐藏、权重、输出），类似 fastai 的 drop_mult；阶段 2 和 3 沿用该值。对于很小的数据集请调低它。</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <source>Embedding:</source>
        <translation>嵌入：</translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation>隐藏：</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>上下文：</translation>
    </message>
    <message>
        <source>Tokenizer:</source>
        <translation>分词器：</translation>
    </message>
    <message>
        <source>Dropout ×:</source>
        <translation>Dropout ×：</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Stage 1: optimizer steps of general-domain LM pretraining.</source>
        <translation>阶段 1：通用领域语言模型预训练的优化器步数。</translation>
    </message>
    <message>
        <source>Stage 2: passes of LM fine-tuning over the task&apos;s texts, with discriminative rates and slanted triangular learning rates.</source>
        <translation>阶段 2：在任务文本上进行语言模型微调的遍数，使用判别式学习率和斜三角学习率。</translation>
    </message>
    <message>
        <source>Stage 3: classifier epochs; 0 = one per layer group plus one with everything trainable (gradual unfreezing adds a group each epoch).</source>
        <translation>阶段 3：分类器轮次数；0 = 每个层组一轮，再加一轮全部可训练（逐步解冻每个轮次增加一个层组）。</translation>
    </message>
    <message>
        <source>Sequences (stage 1), windows (stage 2) or texts (stage 3) per optimizer step.</source>
        <translation>每个优化器步的序列数（阶段 1）、窗口数（阶段 2）或文本数（阶段 3）。</translation>
    </message>
    <message>
        <source>Seed of every stage: the same seed and settings give the same run.</source>
        <translation>所有阶段的种子：相同的种子和设置会得到相同的运行。</translation>
    </message>
    <message>
        <source>Stage 1 steps:</source>
        <translation>阶段 1 步数：</translation>
    </message>
    <message>
        <source>Stage 2 epochs:</source>
        <translation>阶段 2 轮次：</translation>
    </message>
    <message>
        <source>Stage 3 epochs:</source>
        <translation>阶段 3 轮次：</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Learning rates</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Slanted triangular rates (STLR)&lt;/b&gt;: each triangle rises linearly over the first 10% of its steps (cut_frac 0.1) from lr/32 to lr (ratio 32), then falls linearly back to lr/32. &lt;b&gt;Discriminative rates&lt;/b&gt;: this is the rate of the output-side group; each lower group gets the rate above ÷ the discriminative factor.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;斜三角学习率 (STLR)&lt;/b&gt;：每个三角形在其前 10% 的步中（cut_frac 0.1）从 lr/32 线性上升到 lr（比率 32），然后线性回落到 lr/32。&lt;b&gt;判别式学习率&lt;/b&gt;：此处为输出侧层组的学习率；每个较低的层组的学习率为上一层组的学习率 ÷ 判别因子。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stage 1&lt;/b&gt;: peak learning rate of general-domain LM pretraining (AdamW, a short warmup, then a cosine decay to a tenth of it).&lt;/p&gt;&lt;p&gt;The ULMFiT paper has no value here: it started from an AWD-LSTM already trained on Wikitext-103. 3e-3 suits the small models trained here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;阶段 1&lt;/b&gt;：通用领域语言模型预训练的峰值学习率（AdamW，短暂预热，然后余弦衰减到其十分之一）。&lt;/p&gt;&lt;p&gt;ULMFiT 论文中没有此值：它从一个已在 Wikitext-103 上训练好的 AWD-LSTM 开始。3e-3 适合此处训练的小模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stage 2&lt;/b&gt;: peak learning rate of target-task LM fine-tuning.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;阶段 2&lt;/b&gt;：目标任务语言模型微调的峰值学习率。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The paper: 0.004.&lt;/p&gt;</source>
        <translation>&lt;p&gt;论文：0.004。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stage 3&lt;/b&gt;: peak learning rate of the classifier head.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;阶段 3&lt;/b&gt;：分类器头的峰值学习率。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The paper: 0.01.&lt;/p&gt;</source>
        <translation>&lt;p&gt;论文：0.01。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Discriminative factor&lt;/b&gt; of stages 2 and 3: each layer group gets the learning rate of the group above it divided by this (η&lt;sup&gt;l−1&lt;/sup&gt; = η&lt;sup&gt;l&lt;/sup&gt; / factor), so layers near the input, which hold the most general features, change least. 1 = the same rate everywhere.&lt;/p&gt;&lt;p&gt;The paper: 2.6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;阶段 2 和 3 的&lt;b&gt;判别因子&lt;/b&gt;：每个层组的学习率为其上一层组的学习率除以此值（η&lt;sup&gt;l−1&lt;/sup&gt; = η&lt;sup&gt;l&lt;/sup&gt; / 因子），因此靠近输入、包含最通用特征的层变化最小。1 = 各处使用相同的学习率。&lt;/p&gt;&lt;p&gt;论文：2.6。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;BERT and GPT baselines&lt;/b&gt;: peak learning rate of their pretraining on the general corpus (same steps and schedule as stage 1).&lt;/p&gt;&lt;p&gt;The papers used 1e-4 (BERT) and 2.5e-4 (GPT) for models thousands of times larger; the small models here train well at about 1e-3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;BERT 和 GPT 基线&lt;/b&gt;：它们在通用语料上预训练的峰值学习率（步数和调度与阶段 1 相同）。&lt;/p&gt;&lt;p&gt;论文中对大数千倍的模型使用了 1e-4 (BERT) 和 2.5e-4 (GPT)；此处的小模型在约 1e-3 时训练效果良好。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;BERT and GPT baselines&lt;/b&gt;: peak learning rate of their classifier fine-tuning (every layer trainable from the start, the same rate for all, slanted triangular schedule).&lt;/p&gt;&lt;p&gt;The papers used 2e-5 to 5e-5 (BERT) and 6.25e-5 (GPT) for much larger models; 5e-4 suits the small ones here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;BERT 和 GPT 基线&lt;/b&gt;：它们分类器微调的峰值学习率（从一开始所有层均可训练，全部使用相同的学习率，斜三角调度）。&lt;/p&gt;&lt;p&gt;论文中对大得多的模型使用了 2e-5 到 5e-5 (BERT) 和 6.25e-5 (GPT)；5e-4 适合此处的小模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stage 1 (pretraining):</source>
        <translation>阶段 1（预训练）：</translation>
    </message>
    <message>
        <source>Stage 2 (LM fine-tuning):</source>
        <translation>阶段 2（语言模型微调）：</translation>
    </message>
    <message>
        <source>Stage 3 (classifier):</source>
        <translation>阶段 3（分类器）：</translation>
    </message>
    <message>
        <source>Discriminative factor ÷:</source>
        <translation>判别因子 ÷：</translation>
    </message>
    <message>
        <source>Transformer pretraining:</source>
        <translation>Transformer 预训练：</translation>
    </message>
    <message>
        <source>Transformer fine-tuning:</source>
        <translation>Transformer 微调：</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>From scratch</source>
        <translation>从零开始</translation>
    </message>
    <message>
        <source>The same LSTM classifier with random weights, everything trainable, one rate.</source>
        <translation>相同的 LSTM 分类器，使用随机权重，全部可训练，单一学习率。</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>一次性全部解冻</translation>
    </message>
    <message>
        <source>Stage 3 from the stage-2 encoder without gradual unfreezing (every group trainable from the first step): shows what gradual unfreezing adds.</source>
        <translation>从阶段 2 的编码器开始进行阶段 3，但不逐步解冻（从第一步起所有层组均可训练）：显示逐步解冻带来的提升。</translation>
    </message>
    <message>
        <source>BERT</source>
        <translation>BERT</translation>
    </message>
    <message>
        <source>A BERT-style encoder of a similar size, pretrained on the same general corpus, fine-tuned all at once.</source>
        <translation>规模相近的 BERT 式编码器，在相同的通用语料上预训练，一次性全部微调。</translation>
    </message>
    <message>
        <source>GPT</source>
        <translation>GPT</translation>
    </message>
    <message>
        <source>A GPT-style decoder of a similar size, pretrained on the same general corpus, fine-tuned all at once.</source>
        <translation>规模相近的 GPT 式解码器，在相同的通用语料上预训练，一次性全部微调。</translation>
    </message>
    <message>
        <source>subwords (BPE)</source>
        <translation>子词（BPE）</translation>
    </message>
    <message>
        <source>subwords (unigram)</source>
        <translation>子词（unigram）</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>字符</translation>
    </message>
</context>
<context>
    <name>lmw::ui::TransferText</name>
    <message>
        <source>stage 1: general LM</source>
        <translation>阶段 1：通用语言模型</translation>
    </message>
    <message>
        <source>%1 pretraining</source>
        <translation>%1 预训练</translation>
    </message>
    <message>
        <source>stage 2: target LM</source>
        <translation>阶段 2：目标语言模型</translation>
    </message>
    <message>
        <source>%1 classifier</source>
        <translation>%1 分类器</translation>
    </message>
</context>
<context>
    <name>lmw::ui::UserMessage</name>
    <message>
        <source>The operation failed for an unknown reason.</source>
        <translation>操作因未知原因失败。</translation>
    </message>
    <message>
        <source>There is not enough memory for this. Close other programs or choose a smaller model, batch or context.</source>
        <translation>内存不足。请关闭其他程序，或选择更小的模型、批大小或上下文。</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>意外错误。</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation>未知类型的意外错误。</translation>
    </message>
</context>
<context>
    <name>masking.dupe_factor</name>
    <message>
        <source>Static masking needs a duplication factor of at least 1 (got %1).</source>
        <translation>静态掩码需要至少为 1 的重复因子（当前为 %1）。</translation>
    </message>
</context>
<context>
    <name>masking.mask_id_not_special</name>
    <message>
        <source>The [MASK] token id %1 must be marked as a special token.</source>
        <translation>[MASK] 词元 id %1 必须标记为特殊词元。</translation>
    </message>
</context>
<context>
    <name>masking.mask_id_outside_vocab</name>
    <message>
        <source>The [MASK] token id %1 is outside the vocabulary (size %2).</source>
        <translation>[MASK] 词元 id %1 超出词表范围（大小为 %2）。</translation>
    </message>
</context>
<context>
    <name>masking.mask_share_range</name>
    <message>
        <source>The share of selected tokens set to [MASK] must be between 0 and 1 (got %1).</source>
        <translation>被选中词元中替换为 [MASK] 的比例必须在 0 到 1 之间（当前为 %1）。</translation>
    </message>
</context>
<context>
    <name>masking.preview_empty</name>
    <message>
        <source>Type a sentence to see it masked.</source>
        <translation>输入一个句子以查看掩码效果。</translation>
    </message>
</context>
<context>
    <name>masking.random_share_range</name>
    <message>
        <source>The share of selected tokens set to a random token must be between 0 and 1 (got %1).</source>
        <translation>被选中词元中替换为随机词元的比例必须在 0 到 1 之间（当前为 %1）。</translation>
    </message>
</context>
<context>
    <name>masking.select_share_range</name>
    <message>
        <source>The share of tokens selected for masked LM must be between 0 and 1 (got %1).</source>
        <translation>掩码语言模型选中词元的比例必须在 0 到 1 之间（当前为 %1）。</translation>
    </message>
</context>
<context>
    <name>masking.shares_exceed_one</name>
    <message>
        <source>The [MASK] and random-token shares of masked LM add up to more than 1 (%1 + %2).</source>
        <translation>掩码语言模型中 [MASK] 与随机词元的比例之和超过 1（%1 + %2）。</translation>
    </message>
</context>
<context>
    <name>masking.span_mean_range</name>
    <message>
        <source>The mean span length must be between 1 and 5.5 words.</source>
        <translation>平均片段长度必须在 1 到 5.5 个词之间。</translation>
    </message>
</context>
<context>
    <name>masking.special_table_empty</name>
    <message>
        <source>Masked LM needs the vocabulary&apos;s table of special tokens, but it is empty.</source>
        <translation>掩码语言模型需要词表的特殊词元表，但它为空。</translation>
    </message>
</context>
<context>
    <name>masking.token_id_outside_vocab</name>
    <message>
        <source>Token id %1 at position %2 is outside the vocabulary (size %3).</source>
        <translation>位置 %2 处的词元 id %1 超出词表范围（大小为 %3）。</translation>
    </message>
</context>
<context>
    <name>memory.training_does_not_fit</name>
    <message>
        <source>This configuration needs about %1 to train, but only %2 of memory is free. Reduce the width, layers, context or batch size.</source>
        <translation>该配置训练时约需 %1，但只有 %2 的可用内存。请减小宽度、层数、上下文或批大小。</translation>
    </message>
</context>
<context>
    <name>memory.weights_do_not_fit</name>
    <message>
        <source>The model&apos;s weights (%1) do not fit twice in the %2 of free memory.</source>
        <translation>模型权重（%1）的两倍放不进 %2 的可用内存。</translation>
    </message>
</context>
<context>
    <name>metrics.label_id_outside</name>
    <message>
        <source>Label id %1 is outside the %2 labels.</source>
        <translation>标签 id %1 超出了 %2 个标签的范围。</translation>
    </message>
</context>
<context>
    <name>metrics.prediction_count</name>
    <message>
        <source>There are %1 predictions for %2 examples.</source>
        <translation>有 %1 个预测，但有 %2 个样本。</translation>
    </message>
</context>
<context>
    <name>noising.delete_rate_range</name>
    <message>
        <source>The token deletion rate must be between 0 and 1 (got %1).</source>
        <translation>词元删除率必须在 0 到 1 之间（当前为 %1）。</translation>
    </message>
</context>
<context>
    <name>noising.infill_rate_range</name>
    <message>
        <source>The text infilling rate must be between 0 and 1 (got %1).</source>
        <translation>文本填充率必须在 0 到 1 之间（当前为 %1）。</translation>
    </message>
</context>
<context>
    <name>noising.lambda_range</name>
    <message>
        <source>The mean span length λ for text infilling must be above 0 and at most %1 (got %2).</source>
        <translation>文本填充的平均片段长度 λ 必须大于 0 且至多为 %1（当前为 %2）。</translation>
    </message>
</context>
<context>
    <name>noising.mask_rate_range</name>
    <message>
        <source>The token masking rate must be between 0 and 1 (got %1).</source>
        <translation>词元掩码率必须在 0 到 1 之间（当前为 %1）。</translation>
    </message>
</context>
<context>
    <name>nsp.max_length</name>
    <message>
        <source>Next-sentence prediction needs a maximum length of at least %1 tokens ([CLS] A [SEP] B [SEP]), not %2.</source>
        <translation>下一句预测需要至少 %1 个词元的最大长度（[CLS] A [SEP] B [SEP]），而不是 %2。</translation>
    </message>
</context>
<context>
    <name>nsp.no_multi_sentence_document</name>
    <message>
        <source>Next-sentence prediction needs a document with at least two sentences; every document here has only one.</source>
        <translation>下一句预测需要一个至少包含两个句子的文档；这里的每个文档都只有一个句子。</translation>
    </message>
</context>
<context>
    <name>nsp.too_few_documents</name>
    <message>
        <source>Next-sentence prediction needs at least two documents separated by a blank line; this text has %1.</source>
        <translation>下一句预测需要至少两个以空行分隔的文档；这段文本只有 %1 个。</translation>
    </message>
</context>
<context>
    <name>prompt_template.example_label_count</name>
    <message>
        <source>The example template needs {label} exactly once.</source>
        <translation>样例模板中 {label} 必须恰好出现一次。</translation>
    </message>
</context>
<context>
    <name>prompt_template.example_label_first</name>
    <message>
        <source>The example template must put {text} before {label}.</source>
        <translation>样例模板必须把 {text} 放在 {label} 之前。</translation>
    </message>
</context>
<context>
    <name>prompt_template.example_text_count</name>
    <message>
        <source>The example template needs {text} exactly once.</source>
        <translation>样例模板中 {text} 必须恰好出现一次。</translation>
    </message>
</context>
<context>
    <name>prompt_template.example_unknown_placeholder</name>
    <message>
        <source>The example template has an unknown placeholder {%1} (it takes %2).</source>
        <translation>样例模板中有未知的占位符 {%1}（它接受 %2）。</translation>
    </message>
</context>
<context>
    <name>prompt_template.example_unmatched_close</name>
    <message>
        <source>The example template has an unmatched &apos;}&apos; (write &apos;}}&apos; for a brace).</source>
        <translation>样例模板中有未配对的 &apos;}&apos;（用 &apos;}}&apos; 表示花括号）。</translation>
    </message>
</context>
<context>
    <name>prompt_template.example_unmatched_open</name>
    <message>
        <source>The example template has an unmatched &apos;{&apos; (write &apos;{{&apos; for a brace).</source>
        <translation>样例模板中有未配对的 &apos;{&apos;（用 &apos;{{&apos; 表示花括号）。</translation>
    </message>
</context>
<context>
    <name>prompt_template.instruction_unknown_placeholder</name>
    <message>
        <source>The instruction has an unknown placeholder {%1} (it takes %2).</source>
        <translation>指令中有未知的占位符 {%1}（它接受 %2）。</translation>
    </message>
</context>
<context>
    <name>prompt_template.instruction_unmatched_close</name>
    <message>
        <source>The instruction has an unmatched &apos;}&apos; (write &apos;}}&apos; for a brace).</source>
        <translation>指令中有未配对的 &apos;}&apos;（用 &apos;}}&apos; 表示花括号）。</translation>
    </message>
</context>
<context>
    <name>prompt_template.instruction_unmatched_open</name>
    <message>
        <source>The instruction has an unmatched &apos;{&apos; (write &apos;{{&apos; for a brace).</source>
        <translation>指令中有未配对的 &apos;{&apos;（用 &apos;{{&apos; 表示花括号）。</translation>
    </message>
</context>
<context>
    <name>prompt_template.separator_unknown_placeholder</name>
    <message>
        <source>The separator has an unknown placeholder {%1} (it takes none).</source>
        <translation>分隔符中有未知的占位符 {%1}（它不接受任何占位符）。</translation>
    </message>
</context>
<context>
    <name>prompt_template.separator_unmatched_close</name>
    <message>
        <source>The separator has an unmatched &apos;}&apos; (write &apos;}}&apos; for a brace).</source>
        <translation>分隔符中有未配对的 &apos;}&apos;（用 &apos;}}&apos; 表示花括号）。</translation>
    </message>
</context>
<context>
    <name>prompt_template.separator_unmatched_open</name>
    <message>
        <source>The separator has an unmatched &apos;{&apos; (write &apos;{{&apos; for a brace).</source>
        <translation>分隔符中有未配对的 &apos;{&apos;（用 &apos;{{&apos; 表示花括号）。</translation>
    </message>
</context>
<context>
    <name>prompting.continuation_no_tokens</name>
    <message>
        <source>The continuation %1 adds no tokens to the prompt.</source>
        <translation>续写 %1 没有给提示增加任何词元。</translation>
    </message>
</context>
<context>
    <name>prompting.continuation_too_long</name>
    <message>
        <source>The continuation %1 has %2 tokens; this model reads at most %3 at once.</source>
        <translation>续写 %1 有 %2 个词元；该模型一次最多读取 %3 个。</translation>
    </message>
</context>
<context>
    <name>prompting.demonstrations_negative</name>
    <message>
        <source>The number of demonstrations cannot be negative.</source>
        <translation>示例数不能为负。</translation>
    </message>
</context>
<context>
    <name>prompting.empty_continuation</name>
    <message>
        <source>An empty continuation cannot be scored.</source>
        <translation>空的续写无法评分。</translation>
    </message>
</context>
<context>
    <name>prompting.example_label_outside</name>
    <message>
        <source>An example of &apos;%1&apos; has a label id outside its label list.</source>
        <translation>&apos;%1&apos; 中有一个样本的标签 id 超出了其标签列表。</translation>
    </message>
</context>
<context>
    <name>prompting.label_without_verbalizer</name>
    <message>
        <source>Every label needs at least one verbalizer word.</source>
        <translation>每个标签至少需要一个标签词。</translation>
    </message>
</context>
<context>
    <name>prompting.limit_negative</name>
    <message>
        <source>The query limit cannot be negative (0 means all).</source>
        <translation>查询数上限不能为负（0 表示全部）。</translation>
    </message>
</context>
<context>
    <name>prompting.needs_decoder</name>
    <message>
        <source>Prompting needs a decoder (GPT or LSTM); this is a %1 model.</source>
        <translation>提示需要解码器（GPT 或 LSTM）；当前是 %1 模型。</translation>
    </message>
</context>
<context>
    <name>prompting.no_next_token_predictions</name>
    <message>
        <source>This model gives no next-token predictions.</source>
        <translation>该模型不提供下一个词元的预测。</translation>
    </message>
</context>
<context>
    <name>prompting.no_shots</name>
    <message>
        <source>Give at least one number of shots (k).</source>
        <translation>请至少给出一个示例数（k）。</translation>
    </message>
</context>
<context>
    <name>prompting.no_tasks</name>
    <message>
        <source>Prompt evaluation needs at least one task.</source>
        <translation>提示评估至少需要一个任务。</translation>
    </message>
</context>
<context>
    <name>prompting.pool_too_small</name>
    <message>
        <source>The pool has %1 examples to draw demonstrations from; %2 shots need more.</source>
        <translation>示例池中只有 %1 个样本可供抽取示例；%2 个示例需要更多样本。</translation>
    </message>
</context>
<context>
    <name>prompting.scoring_needs_decoder</name>
    <message>
        <source>Scoring continuations needs a decoder (GPT or LSTM); this is a %1 model.</source>
        <translation>续写评分需要解码器（GPT 或 LSTM）；当前是 %1 模型。</translation>
    </message>
</context>
<context>
    <name>prompting.scoring_too_few_labels</name>
    <message>
        <source>Scoring needs at least two labels.</source>
        <translation>评分至少需要两个标签。</translation>
    </message>
</context>
<context>
    <name>prompting.seeds_range</name>
    <message>
        <source>The number of seeds must be between 1 and 1000.</source>
        <translation>种子数必须在 1 到 1000 之间。</translation>
    </message>
</context>
<context>
    <name>prompting.shots_range</name>
    <message>
        <source>The number of shots must be between 0 and 1000.</source>
        <translation>示例数必须在 0 到 1000 之间。</translation>
    </message>
</context>
<context>
    <name>prompting.shots_twice</name>
    <message>
        <source>k = %1 is listed twice.</source>
        <translation>k = %1 被列出了两次。</translation>
    </message>
</context>
<context>
    <name>prompting.task_no_examples</name>
    <message>
        <source>Task &apos;%1&apos; has no examples.</source>
        <translation>任务 &apos;%1&apos; 没有样本。</translation>
    </message>
</context>
<context>
    <name>prompting.task_too_few_demonstrations</name>
    <message>
        <source>Task &apos;%1&apos; offers %2 demonstrations per query; %3 shots need more.</source>
        <translation>任务 &apos;%1&apos; 每个查询只能提供 %2 个示例；%3 个示例需要更多。</translation>
    </message>
</context>
<context>
    <name>prompting.too_few_labels</name>
    <message>
        <source>Prompt evaluation needs at least two labels.</source>
        <translation>提示评估至少需要两个标签。</translation>
    </message>
</context>
<context>
    <name>prompting.unknown_normalisation</name>
    <message>
        <source>Unknown score normalisation &apos;%1&apos; (sum or mean).</source>
        <translation>未知的分数归一化方式 &apos;%1&apos;（sum 或 mean）。</translation>
    </message>
</context>
<context>
    <name>run.config_invalid</name>
    <message>
        <source>&apos;%1&apos; is not a run configuration (%2).</source>
        <translation>&apos;%1&apos; 不是运行配置（%2）。</translation>
    </message>
</context>
<context>
    <name>run.folder_busy</name>
    <message>
        <source>The run folder &apos;%1&apos; is being written by another run; wait for it to finish or choose another folder.</source>
        <translation>运行文件夹 &apos;%1&apos; 正在被另一个运行写入；请等它结束，或选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>run.folder_busy_process</name>
    <message>
        <source>The run folder &apos;%1&apos; is being written by another run (process %2); wait for it to finish or choose another folder.</source>
        <translation>运行文件夹 &apos;%1&apos; 正在被另一个运行写入（进程 %2）；请等它结束，或选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>run.folder_create_failed</name>
    <message>
        <source>Cannot create the run folder &apos;%1&apos;: %2.</source>
        <translation>无法创建运行文件夹 &apos;%1&apos;：%2。</translation>
    </message>
</context>
<context>
    <name>run.folder_unreadable</name>
    <message>
        <source>Cannot read the run folder &apos;%1&apos;: %2.</source>
        <translation>无法读取运行文件夹 &apos;%1&apos;：%2。</translation>
    </message>
</context>
<context>
    <name>run.lock_failed</name>
    <message>
        <source>Cannot lock the run folder &apos;%1&apos;: %2.</source>
        <translation>无法锁定运行文件夹 &apos;%1&apos;：%2。</translation>
    </message>
</context>
<context>
    <name>run.metrics_row_invalid</name>
    <message>
        <source>&apos;%1&apos; line %2 is not a metrics row (expected 6 numbers).</source>
        <translation>&apos;%1&apos; 第 %2 行不是指标行（应为 6 个数字）。</translation>
    </message>
</context>
<context>
    <name>run.not_a_run_folder</name>
    <message>
        <source>&apos;%1&apos; is not a run folder (it has no config.json).</source>
        <translation>&apos;%1&apos; 不是运行文件夹（其中没有 config.json）。</translation>
    </message>
</context>
<context>
    <name>run.replace_failed</name>
    <message>
        <source>Cannot replace the run in &apos;%1&apos;: %2.</source>
        <translation>无法替换 &apos;%1&apos; 中的运行：%2。</translation>
    </message>
</context>
<context>
    <name>run.workspace_unusable</name>
    <message>
        <source>Cannot use the workspace &apos;%1&apos;: %2.</source>
        <translation>无法使用工作区 &apos;%1&apos;：%2。</translation>
    </message>
</context>
<context>
    <name>safetensors.bad_bool</name>
    <message>
        <source>Tensor &apos;%1&apos; in &apos;%2&apos; holds the byte %3, which is not a BOOL (0 or 1).</source>
        <translation>&apos;%2&apos; 中的张量 &apos;%1&apos; 含有字节 %3，它不是 BOOL（0 或 1）。</translation>
    </message>
</context>
<context>
    <name>safetensors.invalid</name>
    <message>
        <source>&apos;%1&apos; is not a valid safetensors file: %2.</source>
        <translation>&apos;%1&apos; 不是有效的 safetensors 文件：%2。</translation>
    </message>
</context>
<context>
    <name>safetensors.not_float</name>
    <message>
        <source>Tensor &apos;%1&apos; in &apos;%2&apos; is %3, not a floating-point type (F32, F16, BF16 or F64).</source>
        <translation>&apos;%2&apos; 中的张量 &apos;%1&apos; 是 %3，不是浮点类型（F32、F16、BF16 或 F64）。</translation>
    </message>
</context>
<context>
    <name>safetensors.not_integer</name>
    <message>
        <source>Tensor &apos;%1&apos; in &apos;%2&apos; is %3, not an integer type (I64, I32, I16, I8, U8 or BOOL).</source>
        <translation>&apos;%2&apos; 中的张量 &apos;%1&apos; 是 %3，不是整数类型（I64、I32、I16、I8、U8 或 BOOL）。</translation>
    </message>
</context>
<context>
    <name>safetensors.tensor_missing</name>
    <message>
        <source>Tensor &apos;%1&apos; is missing from &apos;%2&apos;.</source>
        <translation>&apos;%2&apos; 中缺少张量 &apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>safetensors_writer.count_mismatch</name>
    <message>
        <source>Cannot add tensor &apos;%1&apos; to a safetensors file: shape %2 holds %3 elements but %4 were given.</source>
        <translation>无法将张量 &apos;%1&apos; 加入 safetensors 文件：形状 %2 包含 %3 个元素，但给出了 %4 个。</translation>
    </message>
</context>
<context>
    <name>safetensors_writer.duplicate_name</name>
    <message>
        <source>Cannot add tensor &apos;%1&apos; to a safetensors file: a tensor with that name was already added.</source>
        <translation>无法将张量 &apos;%1&apos; 加入 safetensors 文件：已经添加过同名的张量。</translation>
    </message>
</context>
<context>
    <name>safetensors_writer.metadata_not_utf8</name>
    <message>
        <source>Safetensors metadata must be UTF-8 text; the entry &apos;%1&apos; is not.</source>
        <translation>Safetensors 元数据必须是 UTF-8 文本；条目 &apos;%1&apos; 不是。</translation>
    </message>
</context>
<context>
    <name>safetensors_writer.name_not_utf8</name>
    <message>
        <source>Cannot add tensor &apos;%1&apos; to a safetensors file: the name is not valid UTF-8.</source>
        <translation>无法将张量 &apos;%1&apos; 加入 safetensors 文件：名称不是有效的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>safetensors_writer.negative_dimension</name>
    <message>
        <source>Cannot add tensor &apos;%1&apos; to a safetensors file: shape %2 has a negative dimension.</source>
        <translation>无法将张量 &apos;%1&apos; 加入 safetensors 文件：形状 %2 含有负数维度。</translation>
    </message>
</context>
<context>
    <name>safetensors_writer.reserved_name</name>
    <message>
        <source>Cannot add tensor &apos;%1&apos; to a safetensors file: the name is reserved for metadata.</source>
        <translation>无法将张量 &apos;%1&apos; 加入 safetensors 文件：该名称保留给元数据。</translation>
    </message>
</context>
<context>
    <name>safetensors_writer.shape_too_large</name>
    <message>
        <source>Cannot add tensor &apos;%1&apos; to a safetensors file: shape %2 is too large.</source>
        <translation>无法将张量 &apos;%1&apos; 加入 safetensors 文件：形状 %2 过大。</translation>
    </message>
</context>
<context>
    <name>spm.encode_failed</name>
    <message>
        <source>SentencePiece could not tokenize the text: %1</source>
        <translation>SentencePiece 无法对文本分词：%1</translation>
    </message>
</context>
<context>
    <name>spm.library_incomplete</name>
    <message>
        <source>SentencePiece support is incomplete: %1 is missing.</source>
        <translation>SentencePiece 支持不完整：缺少 %1。</translation>
    </message>
</context>
<context>
    <name>spm.library_missing</name>
    <message>
        <source>Subword tokenizers need SentencePiece (Debian package libsentencepiece0), which could not be loaded: %1</source>
        <translation>子词分词器需要 SentencePiece（Debian 软件包 libsentencepiece0），但无法加载它：%1</translation>
    </message>
</context>
<context>
    <name>spm.model_damaged</name>
    <message>
        <source>The subword tokenizer&apos;s model is damaged; SentencePiece cannot load it.</source>
        <translation>子词分词器的模型已损坏；SentencePiece 无法加载它。</translation>
    </message>
</context>
<context>
    <name>spm.model_layout</name>
    <message>
        <source>The subword tokenizer&apos;s model does not have the layout this program uses.</source>
        <translation>子词分词器的模型不是本程序使用的布局。</translation>
    </message>
</context>
<context>
    <name>spm.train_failed</name>
    <message>
        <source>SentencePiece could not learn a %1 tokenizer from this text: %2</source>
        <translation>SentencePiece 无法从这段文本学习 %1 分词器：%2</translation>
    </message>
</context>
<context>
    <name>text.empty</name>
    <message>
        <source>The text is empty.</source>
        <translation>文本为空。</translation>
    </message>
</context>
<context>
    <name>text.invalid_utf8</name>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>文本不是有效的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>text.invalid_utf8_at_byte</name>
    <message>
        <source>The text is not valid UTF-8 (byte %1).</source>
        <translation>文本不是有效的 UTF-8（字节 %1）。</translation>
    </message>
</context>
<context>
    <name>text.invalid_utf8_at_offset</name>
    <message>
        <source>The text is not valid UTF-8 (bad byte at offset %1).</source>
        <translation>文本不是有效的 UTF-8（偏移 %1 处有错误字节）。</translation>
    </message>
</context>
<context>
    <name>tokenizer.added_token_id_invalid</name>
    <message>
        <source>The tokenizer&apos;s added token &apos;%1&apos; has no valid id.</source>
        <translation>分词器的新增词元 &apos;%1&apos; 没有有效的 id。</translation>
    </message>
</context>
<context>
    <name>tokenizer.added_token_id_range</name>
    <message>
        <source>&apos;%1&apos;: an added token&apos;s id is out of range.</source>
        <translation>&apos;%1&apos;：某个新增词元的 id 超出范围。</translation>
    </message>
</context>
<context>
    <name>tokenizer.added_token_incomplete</name>
    <message>
        <source>&apos;%1&apos;: an added token lacks its id or content.</source>
        <translation>&apos;%1&apos;：某个新增词元缺少 id 或内容。</translation>
    </message>
</context>
<context>
    <name>tokenizer.byte_bpe_added_id_damaged</name>
    <message>
        <source>The byte-level BPE tokenizer is damaged (an added token&apos;s id).</source>
        <translation>字节级 BPE 分词器已损坏（某个新增词元的 id）。</translation>
    </message>
</context>
<context>
    <name>tokenizer.byte_bpe_damaged</name>
    <message>
        <source>The byte-level BPE tokenizer is damaged.</source>
        <translation>字节级 BPE 分词器已损坏。</translation>
    </message>
</context>
<context>
    <name>tokenizer.byte_missing</name>
    <message>
        <source>The text holds byte %1, which this tokenizer&apos;s vocabulary lacks.</source>
        <translation>文本中含有字节 %1，而该分词器的词表中没有它。</translation>
    </message>
</context>
<context>
    <name>tokenizer.folder_missing_files</name>
    <message>
        <source>&apos;%1&apos; has no tokenizer: it needs tokenizer.json, or vocab.json and merges.txt (GPT-2&apos;s byte-level BPE).</source>
        <translation>&apos;%1&apos; 中没有分词器：需要 tokenizer.json，或 vocab.json 和 merges.txt（GPT-2 的字节级 BPE）。</translation>
    </message>
</context>
<context>
    <name>tokenizer.id_out_of_range</name>
    <message>
        <source>Token id %1 is out of range.</source>
        <translation>词元 id %1 超出范围。</translation>
    </message>
</context>
<context>
    <name>tokenizer.id_outside_vocab</name>
    <message>
        <source>The id %1 is outside the vocabulary.</source>
        <translation>id %1 超出词表范围。</translation>
    </message>
</context>
<context>
    <name>tokenizer.merge_form</name>
    <message>
        <source>&apos;%1&apos;: a merge is neither &quot;a b&quot; nor [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>&apos;%1&apos;：某条合并规则既不是 &quot;a b&quot;，也不是 [&quot;a&quot;, &quot;b&quot;]。</translation>
    </message>
</context>
<context>
    <name>tokenizer.merge_malformed</name>
    <message>
        <source>&apos;%1&apos;: the merge &apos;%2&apos; is not two pieces separated by a space.</source>
        <translation>&apos;%1&apos;：合并规则 &apos;%2&apos; 不是以空格分隔的两个片段。</translation>
    </message>
</context>
<context>
    <name>tokenizer.merge_unknown_pieces</name>
    <message>
        <source>The merge &apos;%1 %2&apos; (rank %3) joins pieces that are not in the vocabulary.</source>
        <translation>合并规则 &apos;%1 %2&apos;（序号 %3）连接的片段不在词表中。</translation>
    </message>
</context>
<context>
    <name>tokenizer.missing_or_damaged</name>
    <message>
        <source>The tokenizer is missing or damaged.</source>
        <translation>分词器缺失或已损坏。</translation>
    </message>
</context>
<context>
    <name>tokenizer.no_characters</name>
    <message>
        <source>The text has no characters to learn subwords from.</source>
        <translation>文本中没有可用于学习子词的字符。</translation>
    </message>
</context>
<context>
    <name>tokenizer.no_mask_token</name>
    <message>
        <source>This model&apos;s tokenizer has no mask token.</source>
        <translation>该模型的分词器没有掩码词元。</translation>
    </message>
</context>
<context>
    <name>tokenizer.no_vocab_or_merges</name>
    <message>
        <source>&apos;%1&apos; has no vocabulary or merges.</source>
        <translation>&apos;%1&apos; 中没有词表或合并规则。</translation>
    </message>
</context>
<context>
    <name>tokenizer.not_bpe</name>
    <message>
        <source>&apos;%1&apos; is not a BPE tokenizer.</source>
        <translation>&apos;%1&apos; 不是 BPE 分词器。</translation>
    </message>
</context>
<context>
    <name>tokenizer.not_byte_level</name>
    <message>
        <source>&apos;%1&apos; is not a byte-level BPE tokenizer (as GPT-2&apos;s); other tokenizers are not supported.</source>
        <translation>&apos;%1&apos; 不是字节级 BPE 分词器（像 GPT-2 的那样）；不支持其他分词器。</translation>
    </message>
</context>
<context>
    <name>tokenizer.piece_id_invalid</name>
    <message>
        <source>&apos;%1&apos;: the id of &apos;%2&apos; is not a valid token id.</source>
        <translation>&apos;%1&apos;：&apos;%2&apos; 的 id 不是有效的词元 id。</translation>
    </message>
</context>
<context>
    <name>tokenizer.piece_id_shared</name>
    <message>
        <source>&apos;%1&apos;: two pieces share the id %2.</source>
        <translation>&apos;%1&apos;：两个片段共用 id %2。</translation>
    </message>
</context>
<context>
    <name>tokenizer.piece_invalid_utf8</name>
    <message>
        <source>The tokenizer&apos;s piece %1 is not valid UTF-8.</source>
        <translation>分词器的片段 %1 不是有效的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>tokenizer.piece_missing</name>
    <message>
        <source>The text holds &apos;%1&apos;, which this tokenizer&apos;s vocabulary lacks.</source>
        <translation>文本中含有 &apos;%1&apos;，而该分词器的词表中没有它。</translation>
    </message>
</context>
<context>
    <name>tokenizer.piece_twice</name>
    <message>
        <source>The tokenizer lists the piece &apos;%1&apos; twice.</source>
        <translation>分词器两次列出了片段 &apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>tokenizer.specials_damaged</name>
    <message>
        <source>The tokenizer&apos;s special tokens are damaged.</source>
        <translation>分词器的特殊词元已损坏。</translation>
    </message>
</context>
<context>
    <name>tokenizer.text_too_short</name>
    <message>
        <source>This text is too short to learn a %1 vocabulary from; use a longer text or the character tokenizer.</source>
        <translation>这段文本太短，无法学习 %1 词表；请使用更长的文本或字符分词器。</translation>
    </message>
</context>
<context>
    <name>tokenizer.unknown_kind</name>
    <message>
        <source>Unknown tokenizer kind &apos;%1&apos;; use char, bpe or unigram.</source>
        <translation>未知的分词器类型 &apos;%1&apos;；请使用 char、bpe 或 unigram。</translation>
    </message>
</context>
<context>
    <name>tokenizer.unknown_special_role</name>
    <message>
        <source>Unknown special token role &apos;%1&apos;.</source>
        <translation>未知的特殊词元角色 &apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>tokenizer.unknown_stored_kind</name>
    <message>
        <source>Unknown tokenizer kind &apos;%1&apos;.</source>
        <translation>未知的分词器类型 &apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>tokenizer.unknown_subword_kind</name>
    <message>
        <source>Unknown subword tokenizer kind &apos;%1&apos;; use bpe or unigram.</source>
        <translation>未知的子词分词器类型 &apos;%1&apos;；请使用 bpe 或 unigram。</translation>
    </message>
</context>
<context>
    <name>tokenizer.unseen_char</name>
    <message>
        <source>The text contains characters this model has never seen: &apos;%1&apos;.</source>
        <translation>文本中含有该模型从未见过的字符：&apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>tokenizer.unseen_chars</name>
    <message>
        <source>The text contains characters this model has never seen: %1.</source>
        <translation>文本中含有该模型从未见过的字符：%1。</translation>
    </message>
</context>
<context>
    <name>tokenizer.vocab_empty</name>
    <message>
        <source>The tokenizer has an empty vocabulary.</source>
        <translation>分词器的词表为空。</translation>
    </message>
</context>
<context>
    <name>tokenizer.vocab_missing</name>
    <message>
        <source>&apos;%1&apos; has no vocabulary (an object of piece → id).</source>
        <translation>&apos;%1&apos; 中没有词表（片段 → id 的对象）。</translation>
    </message>
</context>
<context>
    <name>tokenizer.vocab_size_negative</name>
    <message>
        <source>The vocabulary size must be 0 (automatic) or positive.</source>
        <translation>词表大小必须为 0（自动）或正数。</translation>
    </message>
</context>
<context>
    <name>tokenizer.vocab_too_large</name>
    <message>
        <source>A vocabulary of %1 tokens is too large for this text; at most %2 can be learned from it (0 picks a size automatically).</source>
        <translation>%1 个词元的词表对这段文本来说太大；最多只能从中学到 %2 个（0 表示自动选择大小）。</translation>
    </message>
</context>
<context>
    <name>tokenizer.vocab_too_small</name>
    <message>
        <source>A vocabulary of %1 tokens is too small for this text with %2 distinct characters; use at least %3, or 0 for an automatic size.</source>
        <translation>%1 个词元的词表对这段含有 %2 种不同字符的文本来说太小；请至少使用 %3，或用 0 自动选择大小。</translation>
    </message>
</context>
<context>
    <name>training.already_done</name>
    <message>
        <source>The checkpoint is already at step %1 of %2; give a larger number of iterations to continue.</source>
        <translation>检查点已在第 %1 步（共 %2 步）；请给出更大的迭代次数以继续训练。</translation>
    </message>
</context>
<context>
    <name>training.already_running</name>
    <message>
        <source>This session is already training.</source>
        <translation>该会话已在训练中。</translation>
    </message>
</context>
<context>
    <name>training.checkpoint_saved</name>
    <message>
        <source>Checkpoint saved at step %1.</source>
        <translation>已在第 %1 步保存检查点。</translation>
    </message>
</context>
<context>
    <name>training.loss_infinite</name>
    <message>
        <source>The loss became infinite at step %1. Lower the learning rate or enable gradient clipping.</source>
        <translation>损失在第 %1 步变为无穷大。请降低学习率或启用梯度裁剪。</translation>
    </message>
</context>
<context>
    <name>training.loss_nan</name>
    <message>
        <source>The loss became NaN at step %1. Lower the learning rate or enable gradient clipping.</source>
        <translation>损失在第 %1 步变为 NaN。请降低学习率或启用梯度裁剪。</translation>
    </message>
</context>
<context>
    <name>training.schedule_changed</name>
    <message>
        <source>From step %1 the learning rate peaks at %2 with a floor of %3.</source>
        <translation>从第 %1 步起，学习率峰值为 %2，下限为 %3。</translation>
    </message>
</context>
<context>
    <name>training.schedule_invalid</name>
    <message>
        <source>A learning rate must be above 0 and at most 1, and the floor between 0 and the peak (got %1 and %2).</source>
        <translation>学习率必须大于 0 且不超过 1，下限必须在 0 和峰值之间（收到的是 %1 和 %2）。</translation>
    </message>
</context>
<context>
    <name>training.timeline_off</name>
    <message>
        <source>The attention timeline is off: %1</source>
        <translation>注意力时间线已关闭：%1</translation>
    </message>
</context>
<context>
    <name>training.weights_not_finite</name>
    <message>
        <source>The weights stopped being finite numbers at step %1; the last good checkpoint is kept. Lower the learning rate or enable gradient clipping.</source>
        <translation>权重在第 %1 步不再是有限数；已保留上一个正常的检查点。请降低学习率或启用梯度裁剪。</translation>
    </message>
</context>
<context>
    <name>transfer.betas_range</name>
    <message>
        <source>Adam&apos;s betas must be at least 0 and below 1.</source>
        <translation>Adam 的 beta 值必须大于等于 0 且小于 1。</translation>
    </message>
</context>
<context>
    <name>transfer.classifier_batch_range</name>
    <message>
        <source>The classifier batch size must be between 2 and 65536.</source>
        <translation>分类器的批大小必须在 2 到 65536 之间。</translation>
    </message>
</context>
<context>
    <name>transfer.classifier_epochs_range</name>
    <message>
        <source>Classifier epochs must be between 0 (automatic) and 1000.</source>
        <translation>分类器的训练轮数必须在 0（自动）到 1000 之间。</translation>
    </message>
</context>
<context>
    <name>transfer.discriminative_factor_range</name>
    <message>
        <source>The discriminative factor must be between 1 (same rate everywhere) and 100.</source>
        <translation>判别式学习率因子必须在 1（各层学习率相同）到 100 之间。</translation>
    </message>
</context>
<context>
    <name>transfer.lm_batch_range</name>
    <message>
        <source>The LM fine-tuning batch size must be between 1 and 65536.</source>
        <translation>语言模型微调的批大小必须在 1 到 65536 之间。</translation>
    </message>
</context>
<context>
    <name>transfer.lm_epochs_range</name>
    <message>
        <source>LM fine-tuning epochs must be between 1 and 1000.</source>
        <translation>语言模型微调的轮数必须在 1 到 1000 之间。</translation>
    </message>
</context>
<context>
    <name>transfer.lm_val_fraction_range</name>
    <message>
        <source>The LM validation fraction must be between 0 and 0.5.</source>
        <translation>语言模型的验证集比例必须在 0 到 0.5 之间。</translation>
    </message>
</context>
<context>
    <name>transfer.lr_range</name>
    <message>
        <source>The learning rate must be above 0 and below 10.</source>
        <translation>学习率必须大于 0 且小于 10。</translation>
    </message>
</context>
<context>
    <name>transfer.max_length_range</name>
    <message>
        <source>The maximum text length must be between 1 and 65536 tokens.</source>
        <translation>最大文本长度必须在 1 到 65536 个词元之间。</translation>
    </message>
</context>
<context>
    <name>transfer.stlr_cut_range</name>
    <message>
        <source>The STLR cut fraction must be above 0 and below 1.</source>
        <translation>STLR 的切分比例必须大于 0 且小于 1。</translation>
    </message>
</context>
<context>
    <name>transfer.stlr_ratio_range</name>
    <message>
        <source>The STLR ratio must be between 1 and 1000000.</source>
        <translation>STLR 比率必须在 1 到 1000000 之间。</translation>
    </message>
</context>
<context>
    <name>transfer.unknown_baseline</name>
    <message>
        <source>Unknown baseline &apos;%1&apos; (known: scratch, all-at-once, bert, gpt).</source>
        <translation>未知的基线 &apos;%1&apos;（可选：scratch、all-at-once、bert、gpt）。</translation>
    </message>
</context>
<context>
    <name>ulmfit.baseline_needs_corpus</name>
    <message>
        <source>The %1 baseline needs a general corpus to pretrain on, or a pretrained %1 model.</source>
        <translation>%1 基线需要用于预训练的通用语料，或一个预训练好的 %1 模型。</translation>
    </message>
</context>
<context>
    <name>ulmfit.forgetting_failed</name>
    <message>
        <source>Forgetting is not measured: %1</source>
        <translation>未测量遗忘：%1</translation>
    </message>
</context>
<context>
    <name>ulmfit.forgetting_no_text</name>
    <message>
        <source>Forgetting is not measured: no held-out general text was found.</source>
        <translation>未测量遗忘：没有找到留出的通用文本。</translation>
    </message>
</context>
<context>
    <name>ulmfit.no_general_corpus</name>
    <message>
        <source>ULMFiT needs a general corpus for stage 1 or an existing LSTM language model.</source>
        <translation>ULMFiT 的第 1 阶段需要通用语料，或一个已有的 LSTM 语言模型。</translation>
    </message>
</context>
<context>
    <name>ulmfit.no_output_folder</name>
    <message>
        <source>ULMFiT needs an output folder.</source>
        <translation>ULMFiT 需要一个输出文件夹。</translation>
    </message>
</context>
<context>
    <name>ulmfit.pretrained_not_lstm</name>
    <message>
        <source>&apos;%1&apos; is not an LSTM language model.</source>
        <translation>&apos;%1&apos; 不是 LSTM 语言模型。</translation>
    </message>
</context>
<context>
    <name>ulmfit.pretraining</name>
    <message>
        <source>%1: pretraining a %2 model of %3 parameters on &apos;%4&apos;.</source>
        <translation>%1：在“%4”上预训练一个有 %3 个参数的 %2 模型。</translation>
    </message>
</context>
<context>
    <name>ulmfit.reusing_lm</name>
    <message>
        <source>Stage 1: reusing the language model in &apos;%1&apos;.</source>
        <translation>阶段 1：复用“%1”中的语言模型。</translation>
    </message>
</context>
<context>
    <name>ulmfit.stage2</name>
    <message>
        <source>Stage 2: fine-tuning the language model on %1 task texts.</source>
        <translation>阶段 2：在 %1 条任务文本上微调语言模型。</translation>
    </message>
</context>
<context>
    <name>ulmfit.stage3_all</name>
    <message>
        <source>Stage 3 (%1): all-at-once, %2 epochs.</source>
        <translation>阶段 3（%1）：一次性全部解冻，%2 个轮次。</translation>
    </message>
</context>
<context>
    <name>ulmfit.stage3_all_random</name>
    <message>
        <source>Stage 3 (%1): all-at-once, random weights, %2 epochs.</source>
        <translation>阶段 3（%1）：一次性全部解冻，随机权重，%2 个轮次。</translation>
    </message>
</context>
<context>
    <name>ulmfit.stage3_gradual</name>
    <message>
        <source>Stage 3 (%1): gradual, %2 epochs.</source>
        <translation>阶段 3（%1）：逐步解冻，%2 个轮次。</translation>
    </message>
</context>
<context>
    <name>ulmfit.stage3_gradual_random</name>
    <message>
        <source>Stage 3 (%1): gradual, random weights, %2 epochs.</source>
        <translation>阶段 3（%1）：逐步解冻，随机权重，%2 个轮次。</translation>
    </message>
</context>
<context>
    <name>ulmfit.texts_dropped</name>
    <message>
        <source>%1 texts were left out: none of their characters is in the vocabulary.</source>
        <translation>有 %1 条文本被略去：它们的字符都不在词表中。</translation>
    </message>
</context>
<context>
    <name>ulmfit.val_share_range</name>
    <message>
        <source>The validation share must be between 0 and 0.5.</source>
        <translation>验证集比例必须在 0 到 0.5 之间。</translation>
    </message>
</context>
<context>
    <name>verbalizer.count_mismatch</name>
    <message>
        <source>There are %1 verbalizers for %2 labels.</source>
        <translation>有 %1 组标签词，但有 %2 个标签。</translation>
    </message>
</context>
<context>
    <name>verbalizer.empty_word</name>
    <message>
        <source>A verbalizer word cannot be empty.</source>
        <translation>标签词不能为空。</translation>
    </message>
</context>
<context>
    <name>verbalizer.empty_word_for_label</name>
    <message>
        <source>Label &apos;%1&apos; has an empty verbalizer word.</source>
        <translation>标签 &apos;%1&apos; 有一个空的标签词。</translation>
    </message>
</context>
<context>
    <name>verbalizer.form</name>
    <message>
        <source>Verbalizer &apos;%1&apos; needs the form label=word (or label=word|word).</source>
        <translation>标签词设置 &apos;%1&apos; 必须采用 label=word（或 label=word|word）的形式。</translation>
    </message>
</context>
<context>
    <name>verbalizer.label_twice</name>
    <message>
        <source>Label &apos;%1&apos; has two verbalizer entries.</source>
        <translation>标签 &apos;%1&apos; 有两条标签词设置。</translation>
    </message>
</context>
<context>
    <name>verbalizer.unknown_label</name>
    <message>
        <source>Verbalizer for unknown label &apos;%1&apos; (labels: %2).</source>
        <translation>未知标签 &apos;%1&apos; 的标签词设置（标签：%2）。</translation>
    </message>
</context>
</TS>
