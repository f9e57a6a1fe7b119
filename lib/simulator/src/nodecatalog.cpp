// SPDX-License-Identifier: MIT
#include "nodecatalog_p.h"

using namespace Qt::StringLiterals;

namespace ComfyScope::Sim {

namespace {

// /object_info entries of ComfyUI v0.8.0, written as the server prints them (key order included).
// "__CKPTS__" and "__INPUT_FILES__" are replaced by the simulated model and input-file lists.
const char objectInfoV080[] = R"JSON({
"KSampler": {"input": {"required": {"model": ["MODEL", {"tooltip": "The model used for denoising the input latent."}], "seed": ["INT", {"default": 0, "min": 0, "max": 18446744073709551615, "control_after_generate": true, "tooltip": "The random seed used for creating the noise."}], "steps": ["INT", {"default": 20, "min": 1, "max": 10000, "tooltip": "The number of steps used in the denoising process."}], "cfg": ["FLOAT", {"default": 8.0, "min": 0.0, "max": 100.0, "step": 0.1, "round": 0.01, "tooltip": "The Classifier-Free Guidance scale balances creativity and adherence to the prompt. Higher values result in images more closely matching the prompt however too high values will negatively impact quality."}], "sampler_name": ["__SAMPLERS__", {"tooltip": "The algorithm used when sampling, this can affect the quality, speed, and style of the generated output."}], "scheduler": ["__SCHEDULERS__", {"tooltip": "The scheduler controls how noise is gradually removed to form the image."}], "positive": ["CONDITIONING", {"tooltip": "The conditioning describing the attributes you want to include in the image."}], "negative": ["CONDITIONING", {"tooltip": "The conditioning describing the attributes you want to exclude from the image."}], "latent_image": ["LATENT", {"tooltip": "The latent image to denoise."}], "denoise": ["FLOAT", {"default": 1.0, "min": 0.0, "max": 1.0, "step": 0.01, "tooltip": "The amount of denoising applied, lower values will maintain the structure of the initial image allowing for image to image sampling."}]}}, "input_order": {"required": ["model", "seed", "steps", "cfg", "sampler_name", "scheduler", "positive", "negative", "latent_image", "denoise"]}, "output": ["LATENT"], "output_is_list": [false], "output_name": ["LATENT"], "name": "KSampler", "display_name": "KSampler", "description": "Uses the provided model, positive and negative conditioning to denoise the latent image.", "python_module": "nodes", "category": "sampling", "output_node": false, "output_tooltips": ["The denoised latent."]},
"CheckpointLoaderSimple": {"input": {"required": {"ckpt_name": ["__CKPTS__", {"tooltip": "The name of the checkpoint (model) to load."}]}}, "input_order": {"required": ["ckpt_name"]}, "output": ["MODEL", "CLIP", "VAE"], "output_is_list": [false, false, false], "output_name": ["MODEL", "CLIP", "VAE"], "name": "CheckpointLoaderSimple", "display_name": "Load Checkpoint", "description": "Loads a diffusion model checkpoint, diffusion models are used to denoise latents.", "python_module": "nodes", "category": "loaders", "output_node": false, "output_tooltips": ["The model used for denoising latents.", "The CLIP model used for encoding text prompts.", "The VAE model used for encoding and decoding images to and from latent space."]},
"CLIPTextEncode": {"input": {"required": {"text": ["STRING", {"multiline": true, "dynamicPrompts": true, "tooltip": "The text to be encoded."}], "clip": ["CLIP", {"tooltip": "The CLIP model used for encoding the text."}]}}, "input_order": {"required": ["text", "clip"]}, "output": ["CONDITIONING"], "output_is_list": [false], "output_name": ["CONDITIONING"], "name": "CLIPTextEncode", "display_name": "CLIP Text Encode (Prompt)", "description": "Encodes a text prompt using a CLIP model into an embedding that can be used to guide the diffusion model towards generating specific images.", "python_module": "nodes", "category": "conditioning", "output_node": false, "output_tooltips": ["A conditioning containing the embedded text used to guide the diffusion model."]},
"VAEDecode": {"input": {"required": {"samples": ["LATENT", {"tooltip": "The latent to be decoded."}], "vae": ["VAE", {"tooltip": "The VAE model used for decoding the latent."}]}}, "input_order": {"required": ["samples", "vae"]}, "output": ["IMAGE"], "output_is_list": [false], "output_name": ["IMAGE"], "name": "VAEDecode", "display_name": "VAE Decode", "description": "Decodes latent images back into pixel space images.", "python_module": "nodes", "category": "latent", "output_node": false, "output_tooltips": ["The decoded image."]},
"EmptyLatentImage": {"input": {"required": {"width": ["INT", {"default": 512, "min": 16, "max": 16384, "step": 8, "tooltip": "The width of the latent images in pixels."}], "height": ["INT", {"default": 512, "min": 16, "max": 16384, "step": 8, "tooltip": "The height of the latent images in pixels."}], "batch_size": ["INT", {"default": 1, "min": 1, "max": 4096, "tooltip": "The number of latent images in the batch."}]}}, "input_order": {"required": ["width", "height", "batch_size"]}, "output": ["LATENT"], "output_is_list": [false], "output_name": ["LATENT"], "name": "EmptyLatentImage", "display_name": "Empty Latent Image", "description": "Create a new batch of empty latent images to be denoised via sampling.", "python_module": "nodes", "category": "latent", "output_node": false, "output_tooltips": ["The empty latent image batch."]},
"SaveImage": {"input": {"required": {"images": ["IMAGE", {"tooltip": "The images to save."}], "filename_prefix": ["STRING", {"default": "ComfyUI", "tooltip": "The prefix for the file to save. This may include formatting information such as %date:yyyy-MM-dd% or %Empty Latent Image.width% to include values from nodes."}]}, "hidden": {"prompt": "PROMPT", "extra_pnginfo": "EXTRA_PNGINFO"}}, "input_order": {"required": ["images", "filename_prefix"], "hidden": ["prompt", "extra_pnginfo"]}, "output": [], "output_is_list": [], "output_name": [], "name": "SaveImage", "display_name": "Save Image", "description": "Saves the input images to your ComfyUI output directory.", "python_module": "nodes", "category": "image", "output_node": true},
"PreviewImage": {"input": {"required": {"images": ["IMAGE"]}, "hidden": {"prompt": "PROMPT", "extra_pnginfo": "EXTRA_PNGINFO"}}, "input_order": {"required": ["images"], "hidden": ["prompt", "extra_pnginfo"]}, "output": [], "output_is_list": [], "output_name": [], "name": "PreviewImage", "display_name": "Preview Image", "description": "Saves the input images to your ComfyUI output directory.", "python_module": "nodes", "category": "image", "output_node": true},
"LoadImage": {"input": {"required": {"image": ["__INPUT_FILES__", {"image_upload": true}]}}, "input_order": {"required": ["image"]}, "output": ["IMAGE", "MASK"], "output_is_list": [false, false], "output_name": ["IMAGE", "MASK"], "name": "LoadImage", "display_name": "Load Image", "description": "", "python_module": "nodes", "category": "image", "output_node": false},
"ImageScale": {"input": {"required": {"image": ["IMAGE"], "upscale_method": [["nearest-exact", "bilinear", "area", "bicubic", "lanczos"]], "width": ["INT", {"default": 512, "min": 0, "max": 16384, "step": 1}], "height": ["INT", {"default": 512, "min": 0, "max": 16384, "step": 1}], "crop": [["disabled", "center"]]}}, "input_order": {"required": ["image", "upscale_method", "width", "height", "crop"]}, "output": ["IMAGE"], "output_is_list": [false], "output_name": ["IMAGE"], "name": "ImageScale", "display_name": "Upscale Image", "description": "", "python_module": "nodes", "category": "image/upscaling", "output_node": false},
"ImageInvert": {"input": {"required": {"image": ["IMAGE"]}}, "input_order": {"required": ["image"]}, "output": ["IMAGE"], "output_is_list": [false], "output_name": ["IMAGE"], "name": "ImageInvert", "display_name": "Invert Image", "description": "", "python_module": "nodes", "category": "image", "output_node": false},
"EmptyImage": {"input": {"required": {"width": ["INT", {"default": 512, "min": 1, "max": 16384, "step": 1}], "height": ["INT", {"default": 512, "min": 1, "max": 16384, "step": 1}], "batch_size": ["INT", {"default": 1, "min": 1, "max": 4096}], "color": ["INT", {"default": 0, "min": 0, "max": 16777215, "step": 1, "display": "color"}]}}, "input_order": {"required": ["width", "height", "batch_size", "color"]}, "output": ["IMAGE"], "output_is_list": [false], "output_name": ["IMAGE"], "name": "EmptyImage", "display_name": "EmptyImage", "description": "", "python_module": "nodes", "category": "image", "output_node": false},
"ImageBlur": {"input": {"required": {"image": ["IMAGE", {}], "blur_radius": ["INT", {"default": 1, "min": 1, "max": 31, "step": 1}], "sigma": ["FLOAT", {"default": 1.0, "min": 0.1, "max": 10.0, "step": 0.1}]}}, "input_order": {"required": ["image", "blur_radius", "sigma"]}, "output": ["IMAGE"], "output_is_list": [false], "output_name": ["IMAGE"], "output_tooltips": [null], "output_matchtypes": null, "name": "ImageBlur", "display_name": null, "description": "", "python_module": "comfy_extras.nodes_post_processing", "category": "image/postprocessing", "output_node": false, "deprecated": false, "experimental": false, "api_node": false},
"GetImageSize": {"input": {"required": {"image": ["IMAGE", {}]}, "hidden": {"unique_id": ["UNIQUE_ID"]}}, "input_order": {"required": ["image"], "hidden": ["unique_id"]}, "output": ["INT", "INT", "INT"], "output_is_list": [false, false, false], "output_name": ["width", "height", "batch_size"], "output_tooltips": [null, null, null], "output_matchtypes": null, "name": "GetImageSize", "display_name": "Get Image Size", "description": "Returns width and height of the image, and passes it through unchanged.", "python_module": "comfy_extras.nodes_images", "category": "image", "output_node": false, "deprecated": false, "experimental": false, "api_node": false},
"PreviewAny": {"input": {"required": {"source": ["*", {}]}}, "input_order": {"required": ["source"]}, "output": [], "output_is_list": [], "output_name": [], "name": "PreviewAny", "display_name": "Preview as Text", "description": "", "python_module": "comfy_extras.nodes_preview_any", "category": "utils", "output_node": true},
"SaveImageWebsocket": {"input": {"required": {"images": ["IMAGE"]}}, "input_order": {"required": ["images"]}, "output": [], "output_is_list": [], "output_name": [], "name": "SaveImageWebsocket", "display_name": "SaveImageWebsocket", "description": "", "python_module": "custom_nodes.websocket_image_save", "category": "api/image", "output_node": true},
"TestProgressNode": {"input": {"required": {"steps": ["INT", {"default": 5, "min": 1, "max": 10000}], "delay_ms": ["INT", {"default": 100, "min": 0, "max": 60000}]}, "optional": {"image": ["IMAGE"]}}, "input_order": {"required": ["steps", "delay_ms"], "optional": ["image"]}, "output": ["IMAGE"], "output_is_list": [false], "output_name": ["image"], "name": "TestProgressNode", "display_name": "Test Progress (peer)", "description": "", "python_module": "custom_nodes.peer_test_nodes", "category": "peer_test", "output_node": true},
"TestPreviewNode": {"input": {"required": {"steps": ["INT", {"default": 3, "min": 1, "max": 1000}], "delay_ms": ["INT", {"default": 50, "min": 0, "max": 60000}], "size": ["INT", {"default": 64, "min": 8, "max": 2048}], "format": [["JPEG", "PNG"]], "mode": [["progress_bar", "send_sync"]], "send_text": ["BOOLEAN", {"default": true}]}, "hidden": {"unique_id": "UNIQUE_ID"}}, "input_order": {"required": ["steps", "delay_ms", "size", "format", "mode", "send_text"], "hidden": ["unique_id"]}, "output": [], "output_is_list": [], "output_name": [], "name": "TestPreviewNode", "display_name": "Test Preview frames (peer)", "description": "", "python_module": "custom_nodes.peer_test_nodes", "category": "peer_test", "output_node": true},
"TestFailNode": {"input": {"required": {"message": ["STRING", {"default": "deliberate failure"}]}, "optional": {"image": ["IMAGE"]}}, "input_order": {"required": ["message"], "optional": ["image"]}, "output": ["IMAGE"], "output_is_list": [false], "output_name": ["IMAGE"], "name": "TestFailNode", "display_name": "Test Fail (peer)", "description": "", "python_module": "custom_nodes.peer_test_nodes", "category": "peer_test", "output_node": true},
"ComfyDeployWebscoketImageOutput": {"input": {"required": {"output_id": ["STRING", {"multiline": false, "default": "output_id"}], "images": ["IMAGE"], "file_type": [["WEBP", "PNG", "JPEG"]], "quality": ["INT", {"default": 80, "min": 1, "max": 100, "step": 1}]}, "optional": {"client_id": ["STRING", {"multiline": false, "default": ""}]}}, "input_order": {"required": ["output_id", "images", "file_type", "quality"], "optional": ["client_id"]}, "output": [], "output_is_list": [], "output_name": ["text"], "name": "ComfyDeployWebscoketImageOutput", "display_name": "Image Websocket Output (ComfyDeploy)", "description": "", "python_module": "custom_nodes.comfyui-deploy", "category": "\ud83d\udd17ComfyDeploy", "output_node": true}
})JSON";

// ImageBlur was a V1 node before the v3 schema rewrite.
const char imageBlurV0318[] =
    R"JSON({"input": {"required": {"image": ["IMAGE"], "blur_radius": ["INT", {"default": 1, "min": 1, "max": 31, "step": 1}], "sigma": ["FLOAT", {"default": 1.0, "min": 0.1, "max": 10.0, "step": 0.1}]}}, "input_order": {"required": ["image", "blur_radius", "sigma"]}, "output": ["IMAGE"], "output_is_list": [false], "output_name": ["IMAGE"], "name": "ImageBlur", "display_name": "Image Blur", "description": "", "python_module": "comfy_extras.nodes_post_processing", "category": "image/postprocessing", "output_node": false})JSON";

JVal placeholderList(const QString &placeholder)
{
    if (placeholder == "__SAMPLERS__"_L1)
        return JVal::fromStringList(NodeCatalog::samplerNames());
    if (placeholder == "__SCHEDULERS__"_L1)
        return JVal::fromStringList(NodeCatalog::schedulerNames());
    if (placeholder == "__CKPTS__"_L1)
        return JVal::fromStringList(NodeCatalog::checkpointNames());
    return JVal(placeholder);
}

void fillStaticPlaceholders(JVal &info)
{
    JVal *input = info.find(u"input"_s);
    if (!input)
        return;
    for (const QString &cat : input->keys()) {
        JVal *group = input->find(cat);
        if (!group || !group->isObject())
            continue;
        for (const QString &name : group->keys()) {
            JVal *spec = group->find(name);
            if (spec && spec->isArray() && spec->size() > 0 && spec->at(0).isString()
                && spec->at(0).toString().startsWith("__"_L1)
                && spec->at(0).toString() != "__INPUT_FILES__"_L1) {
                (*spec)[0] = placeholderList(spec->at(0).toString());
            }
        }
    }
}

} // namespace

QStringList NodeCatalog::samplerNames()
{
    return {u"euler"_s,
            u"euler_cfg_pp"_s,
            u"euler_ancestral"_s,
            u"euler_ancestral_cfg_pp"_s,
            u"heun"_s,
            u"heunpp2"_s,
            u"exp_heun_2_x0"_s,
            u"exp_heun_2_x0_sde"_s,
            u"dpm_2"_s,
            u"dpm_2_ancestral"_s,
            u"lms"_s,
            u"dpm_fast"_s,
            u"dpm_adaptive"_s,
            u"dpmpp_2s_ancestral"_s,
            u"dpmpp_2s_ancestral_cfg_pp"_s,
            u"dpmpp_sde"_s,
            u"dpmpp_sde_gpu"_s,
            u"dpmpp_2m"_s,
            u"dpmpp_2m_cfg_pp"_s,
            u"dpmpp_2m_sde"_s,
            u"dpmpp_2m_sde_gpu"_s,
            u"dpmpp_2m_sde_heun"_s,
            u"dpmpp_2m_sde_heun_gpu"_s,
            u"dpmpp_3m_sde"_s,
            u"dpmpp_3m_sde_gpu"_s,
            u"ddpm"_s,
            u"lcm"_s,
            u"ipndm"_s,
            u"ipndm_v"_s,
            u"deis"_s,
            u"res_multistep"_s,
            u"res_multistep_cfg_pp"_s,
            u"res_multistep_ancestral"_s,
            u"res_multistep_ancestral_cfg_pp"_s,
            u"gradient_estimation"_s,
            u"gradient_estimation_cfg_pp"_s,
            u"er_sde"_s,
            u"seeds_2"_s,
            u"seeds_3"_s,
            u"sa_solver"_s,
            u"sa_solver_pece"_s,
            u"ddim"_s,
            u"uni_pc"_s,
            u"uni_pc_bh2"_s};
}

QStringList NodeCatalog::schedulerNames()
{
    return {u"simple"_s,      u"sgm_uniform"_s,      u"karras"_s,
            u"exponential"_s, u"ddim_uniform"_s,     u"beta"_s,
            u"normal"_s,      u"linear_quadratic"_s, u"kl_optimal"_s};
}

QStringList NodeCatalog::checkpointNames()
{
    return {u"sd_xl_base_1.0.safetensors"_s, u"v1-5-pruned-emaonly.safetensors"_s};
}

NodeCatalog::NodeCatalog(bool legacyV0318, bool deploy)
{
    JVal all;
    const bool ok = JVal::parse(QByteArray(objectInfoV080), &all);
    Q_ASSERT(ok);
    Q_UNUSED(ok);
    for (const auto &member : all.members()) {
        const QString &name = member.first;
        JVal info = member.second;
        if (legacyV0318 && (name == "GetImageSize"_L1 || name == "PreviewAny"_L1))
            continue;
        if (!deploy && name == "ComfyDeployWebscoketImageOutput"_L1)
            continue;
        if (legacyV0318 && name == "ImageBlur"_L1)
            JVal::parse(QByteArray(imageBlurV0318), &info);
        fillStaticPlaceholders(info);

        NodeClass nc;
        nc.name = name;
        nc.info = info;
        const JVal &input = info.value(u"input"_s);
        for (const QString &cat : {u"required"_s, u"optional"_s}) {
            const JVal &group = input.value(cat);
            for (const auto &in : group.members()) {
                InputSpec spec;
                spec.name = in.first;
                spec.type = in.second.at(0);
                spec.options = in.second.size() > 1 ? in.second.at(1) : JVal::object();
                spec.required = cat == "required"_L1;
                nc.inputs.append(spec);
            }
        }
        const JVal &hidden = input.value(u"hidden"_s);
        for (const auto &h : hidden.members()) {
            const QString v = h.second.isArray() ? h.second.at(0).toString() : h.second.toString();
            if (v == "UNIQUE_ID"_L1)
                nc.uniqueIdInSignature = true;
        }
        for (const JVal &t : info.value(u"output"_s).items())
            nc.returnTypes.append(t.toString());
        nc.outputNode = info.value(u"output_node"_s).toBool();
        nc.neverCached = name == "SaveImageWebsocket"_L1 || name.startsWith("Test"_L1)
                         || name == "ComfyDeployWebscoketImageOutput"_L1;
        if (name == "LoadImage"_L1)
            nc.validateFunctionInputs = {u"image"_s};
        if (name == "ComfyDeployWebscoketImageOutput"_L1)
            nc.validateFunctionInputs = {u"output_id"_s};
        nc.behaviour = nodeBehaviour(name);
        m_order.append(name);
        m_classes.insert(name, nc);
    }
}

const NodeClass *NodeCatalog::find(const QString &name) const
{
    auto it = m_classes.constFind(name);
    return it == m_classes.constEnd() ? nullptr : &it.value();
}

} // namespace ComfyScope::Sim
